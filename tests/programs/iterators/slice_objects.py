# slice objects and .indices
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice(None, None, -1))
for sl in [slice(None), slice(2, None), slice(-3, None), slice(None, -2), slice(None, None, -1), slice(1, 100, 3),
           slice(-100, 100), slice(10, 2, -2), slice(None, None, 2), slice(-1, -10, -3), slice(5, 5), slice(20, 30)]:
    for n in (0, 5, 10):
        print(sl, n, sl.indices(n), len(range(*sl.indices(n))), list(range(n))[sl] == list(range(*sl.indices(n))))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice("a", 2).indices(5)
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
data = "abcdefghij"
print(data[s], data[slice(-3, None)], data[slice(None, None, -3)], [0, 1, 2, 3][slice(1, 3)])
class Rec:
    def __getitem__(self, key):
        return key
r = Rec()
print(r[1:2], r[::3], r[1:2, 3], r[...], r[:, 1], r["k":"v":0])
print(slice(2 ** 70, -(2 ** 70), 2 ** 65).indices(10), slice(0, 10, 2 ** 100).indices(10))
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 2, 3).__reduce__()[1] if False else "skip", type(s).__name__)
