# enumerate and zip hand out result tuples they may refill: a tuple kept
# by the caller must never change.
l = [1, 2, 3]
keep = []
for t in enumerate(l):
    keep.append(t)
print(keep)
pairs = list(zip("abc", [1, 2, 3]))
print(pairs, list(enumerate("xy", 5)), list(zip()), list(zip([1])))
z = zip([1, 2], [3, 4])
a = next(z); b = next(z)
print(a, b, a is b)
e = enumerate([9, 8, 7])
x = next(e); y = next(e); del x; w = next(e)
print(y, w)
for i, (j, k) in enumerate(zip(l, l)):
    print(i, j, k, end="; ")
print()
print(list(enumerate(range(3), 2**62 - 2)))
d = {"a": 1, "b": 2, "c": 3}
kept = [kv for kv in d.items()]
print(kept, kept[0] is kept[1])
it = iter(d.items())
first = next(it)
second = next(it)
print(first, second)
for k, v in d.items():
    print(k, v, end=" ")
print()
print(list(reversed(d.items())), dict(zip(d.values(), d.keys())))
