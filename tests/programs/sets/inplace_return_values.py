# in-place set operators vs methods: return values, identity, argument types
s = {1, 2, 3}
alias = s
print(s.add(4), s.update([5]), s.discard(9), s.intersection_update(range(10)), s.difference_update([]), s.symmetric_difference_update({0}))
print(s, alias is s)
s |= {10}
s &= set(range(0, 11))
s -= {0}
s ^= {1, 99}
print(s, alias is s, alias)
t = s
t = t | {1000}
print(t is s, 1000 in s)
for name in ["update", "intersection_update", "difference_update", "symmetric_difference_update"]:
    x = {1, 2, 3, 4}
    getattr(x, name)([3, 4, 5])
    print(name, x)
for name in ["union", "intersection", "difference", "symmetric_difference"]:
    x = {1, 2, 3, 4}
    r = getattr(x, name)((3, 4, 5))
    print(name, r, x)
x = {1, 2}
try:
    x |= [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x &= (1,)
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
u = set()
u.update("ab", [1], {2: "x"}, range(3, 5))
print(sorted(u, key=str))
print({1, 2}.union(), {1, 2}.intersection(), {1}.union([2], (3,), {4}, range(5, 6)))
