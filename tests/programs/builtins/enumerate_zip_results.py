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
