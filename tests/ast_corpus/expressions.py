a + b - c * d / e // f % g ** h @ i
a << b >> c & d | e ^ f
-a + +b - ~c
not a and b or c and not d
a < b <= c > d >= e == f != g
a in b, a not in b, a is b, a is not b
a if b else c if d else e
lambda: 0
lambda x: x
lambda x, y=1, *args, z, w=2, **kw: 0
lambda x, /, y: 0
lambda *, x: 0
lambda *a: a
(x := 5)
[y := 1, y ** 2]
a.b.c.d
a[b][c][d]
a(b)(c)(d)
a()
a(1, 2, *c, d=3, **e)
a(*b, *c, **d, **e)
a(x for x in y)
a(b, *c, d=e, *f, **g)
a[1:2], a[:], a[::], a[1:], a[:2], a[::3], a[1:2:3]
a[1, 2], a[1:2, 3], a[..., 1], a[:, :]
a[b:=1], a[(b:=1):2]
a[*b], a[1, *b]
...
None, True, False
(a)
((a, b))
(a,)
()
[]
{}
{1}
{1: 2}
{**a, 'b': 1, **c}
{*a, *b, 1}
[*a, *b]
(*a, *b)
a ** -b ** c
-a ** b
await_ = 1
2 ** 3 ** 4
(-1) ** 2
a.b(c).d[e]
x = a or b or c
x = a and b and c
x = not not a
x = a < b < c < d
