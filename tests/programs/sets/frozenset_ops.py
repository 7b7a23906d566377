# frozenset: immutability, hashing, mixing with set
f = frozenset([3, 1, 2, 3])
g = frozenset(range(2, 6))
print(f, g, frozenset(), repr(frozenset()), len(f), 2 in f)
print(f | g, f & g, f - g, f ^ g, f <= g, f < frozenset(range(10)), f == {1, 2, 3})
print(hash(frozenset()) == hash(frozenset([])), hash(f) == hash(frozenset({1, 2, 3})), hash(frozenset({1})) == hash(frozenset([1])))
d = {f: "f", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), frozenset({1, 2}) in nested)
print(f.union([10]), f.intersection({1, 5}), f.difference([1]), f.symmetric_difference({3, 4}), f.copy() is f)
print(f.issubset({1, 2, 3, 4}), f.issuperset({1}), f.isdisjoint({7}))
for attr in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(attr, hasattr(f, attr))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
print(s == f, f == s, s <= f, type(s | f).__name__, type(f | s).__name__, type(f.union(s)).__name__)
print({frozenset({1}): 1}.get(frozenset([1])), set([frozenset([1, 2])]), frozenset([frozenset()]))
try:
    hash({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} in {frozenset({1, 2})}, {5} in [frozenset({5})])
class FS(frozenset):
    pass
x = FS([1, 2])
print(type(x).__name__, type(x | {3}).__name__, x, x == {1, 2})
print(frozenset(range(30, 0, -4)), frozenset("a") == frozenset(["a"]), frozenset({2: 1}))
