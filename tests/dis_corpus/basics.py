"""Module docstring."""
import os, sys as system, a.b.c, a.b.c as abc
from . import x
from ..pkg.mod import (y as z, w)
from m import *
x = 1
x += 2
a.b = c
a.b += 1
a[1:2] = b
a[i] -= 3
del a[1], a.b, x
a, *b, c = d
[e, f] = g
x = y = z = 0
print(f"{x!r:>{width}} and {y}", end="")
print(*args, **kwargs)
f(1, *a, k=2, **kw)
f(a=1, **d, b=2)
obj.meth(1, 2, key=3)
obj.meth(*a)
os.path.join(a, b)
q = {**a, 'b': 1}
r = {'a': 1, 'b': 2}
s = {a: 1, b: 2}
t = [1, 2, 3]
u = {1, 2, 3}
v = (1, 2, a)
w = [*a, *b, c]
x = -1 + 2 * 3 - (4 ** 2) // 5 % 3
y = not a
z = ~a, +a, -a
c = a if b else d
c = a < b < c
c = a is not None
c = a not in b
c = x in [1, 2] and y in {3, 4}
lam = lambda x, *y, z=1, **k: x + z
x: int = 5
y: list
obj.attr: int = 3
s = a[1], a[1:2], a[::3], a[1, 2:3]
assert x, "msg"
assert y
raise ValueError("x") from None
