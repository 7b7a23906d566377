# Float-heavy loops: accumulation, special values, int/float mixing.
x = 0.0
for i in range(1, 20001):
    x += 1.0 / i
print(repr(x))
y = 1.0
for i in range(2000):
    y *= 1.001
print(repr(y))
z = 1e300
steps = 0
while z != float("inf"):
    z *= 10
    steps += 1
print(steps, z, -z, z - z == z - z)
vals = []
v = 1.0
for i in range(60):
    v /= 7
    if i % 15 == 0:
        vals.append(v)
print(vals)
m = 0
for i in range(1000):
    m = m + i * 0.5 if i % 2 else m - i // 2
print(repr(m), type(m).__name__)
nan = float("nan")
count = 0
for i in range(100):
    if nan != nan and not (nan < i):
        count += 1
print(count)
