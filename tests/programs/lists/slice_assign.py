# slice assignment and deletion with steps
a = list(range(10))
a[2:5] = ["a", "b"]; print(a)
a[2:2] = [100, 200, 300]; print(a)
a[:0] = [-1]; print(a)
a[len(a):] = [99]; print(a)
a[-3:] = []; print(a)
a[::2] = [0] * len(a[::2]); print(a)
a[1::3] = "uvwxyz"[:len(a[1::3])]; print(a)
a[::-1] = a[:]; print(a)
a[5:1:-1] = [7, 7, 7, 7]; print(a)
del a[::2]; print(a)
del a[1:3]; print(a)
del a[::-2]; print(a)
del a[:]; print(a)
b = list(range(8))
b[1:7:2] = range(3); print(b)
b[100:200] = [1]; print(b)
b[-100:1] = ["s"]; print(b)
b[3:1] = ["ins"]; print(b)
b[::1] = [1, 2]; print(b)
for rhs in ([1], [1, 2, 3], []):
    c = list(range(6))
    try:
        c[::2] = rhs
        print(c)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    c = [1, 2, 3]
    c[::-1] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    c[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
d = list(range(5))
d[1:3] = d; print(d)
e = list(range(5))
e[::2] = e[1::2] + [9]; print(e)
f = list(range(20))
del f[2:15:3]; print(f)
del f[100:]; print(f)
del f[-1::-4]; print(f)
g = [1, 2, 3]
g[1:2] = (x * 10 for x in range(3)); print(g)
g[slice(0, 1)] = {"k": 1}; print(g)
