[x for x in y]
[x for x in y if x if not x]
[x * y for x in a for y in b if x != y]
{x for x in y}
{k: v for k, v in d.items()}
{k: v for k in a if k for v in b}
(x for x in y)
[x for x, in y]
[x for (x, y) in z]
[x for [x, *y] in z]
[(x, y) for x in a if x for y in b if y]
[[y for y in x] for x in z]
[x for x in (yield_)]
[x async for x in y]
[x for x in y async for z in w]
[lambda: x for x in y]
[x for x in a if b if c]
[x for x in a or b]
[x.a for x.a in y]
[x for x[0] in y]
sum(x for x in y)
f(x for x in y if x)
(x for x in y)(1)
[(yield_) for x in y]
