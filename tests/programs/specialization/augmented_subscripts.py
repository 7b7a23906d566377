"""Augmented assignments to subscripts and attributes (COPY/SWAP pairs taken as one step), rotations, and the error for a tuple item."""
a = [1, 2, 3]
d = {"k": 1}
class O: pass
o = O(); o.x = 5
for i in range(50):
    a[i % 3] += i
    d["k"] -= i
    a[-1] *= 2
    o.x += 1
    d[str(i % 4)] = d.get(str(i % 4), 0) + 1
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(a, d, o.x, x, y, z)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print(e)
