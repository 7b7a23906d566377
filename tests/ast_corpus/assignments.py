x = 1
x = y = z = 2
x, y = 1, 2
(x, y) = [a, b] = c
[x, *y] = z
*x, y = z
x[0] = 1
x.attr = 2
x[1:2] = 3
x[1:2, ::3] = 4
x.a.b[c].d = 5
(x) = 6
((x)) = 7
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1
x **= 1; x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1; x @= 1
x.a += 1
x[0] += 1
x: int
x: int = 5
(x): int = 5
x.a: str = 'v'
x[0]: float
y: list[int] = []
z: 'forward' = None
a, = b
a, b, = c
[a] = b
[] = ()
() = []
x = yield_ = 1
x = *a, *b
x = a, *b, c
