# Slicing: read, assign, delete, steps, slice objects.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], s[::-3])
t = tuple(s)
print(t[1:4], t[::-2])
st = "abcdefghij"
print(st[2:5], st[::-1], st[-1], st[::3], st[10:], st[-20:3])
b = b"bytesdata"
print(b[1:4], b[::-1], b[0])
s[2:4] = ["a", "b", "c"]
print(s)
s[:] = [1, 2, 3]
print(s)
s[1:1] = [9, 9]
print(s)
s[::2] = ["x", "y", "z"]
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del s[1:3]
print(s)
del s[::2]
print(s)
u = list(range(10))
del u[::3]
print(u)
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, u[sl])
print(slice(3), slice(None, None, -1).indices(5), slice(1, 100, 3).indices(10))
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[::], sh[1:2, 3], sh[..., 1], sh[:, :])
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError:", e)
m = [[1, 2, 3], [4, 5, 6]]
print([row[1:] for row in m])
