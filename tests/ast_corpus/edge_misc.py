x = f"{'a' if b else 'c'}" f'{"".join(["x", "y"])}' f"""{'''nested'''}"""
y = f'{x!r:>{10}}' f'{x:{"<"}{5}}' f'\N{GREEK SMALL LETTER ALPHA}{x}\N{OHM SIGN}'
z = rb'\x00' + br'\N' + b'\x00\\N'
w = '\N{EM DASH}' '\N{em dash}' '\N{LATIN CAPITAL LETTER A WITH MACRON}'
v = 1_000.000_1e-1_0j, 0x_a_b, 0o_1_2, 0b_1_0, 1_2e3_4
def f(a, b=lambda x=1, *y, z=2, **w: (x, y, z, w), *c, d=[i for i in range(3)], **e) -> f'{1}': ...
class C(metaclass=type, **{}): x: 'int' = 1; y = 2
global_var: dict[str, list[tuple[int, ...]]] = {}
a = b = c.d = e[f] = g, h = 1, 2
a[b, c:d, ...:, ::e] = f
print(*args, sep='', end='\n', file=None, **kw)
(yield_ := 1), [z := 2], {y := 3}, f(w := 4)
lambda: (x := 1)
assert (not x) in y, (z if z else w)
del a[0], a.b, (c, [d, e])
x = a if b else (c if d else e) if f else g
x = not a == b != c is not d in e not in f
x = [*range(3), *[1, 2]], {**{}, 'a': 1}, (*(), 1)
x = a[1:2][3][::4](5)(*b)(**c).d
import os.path as osp, sys as _sys
from .. import (a as b)
try:
    pass
except (A, B, *rest) as e:
    pass
with a as (b, *c), d as e.f: pass
for [a, (b, c)] in d: pass
while (n := n - 1) > 0: pass
if a: pass
elif b: pass
elif c: pass
else: pass
nonlocal_ = global_ = 0
