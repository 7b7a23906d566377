# accumulation, cancellation and ordering effects with floats
xs = [1e16, 1.0, -1e16, 1.0]
print(sum(xs), sum(sorted(xs)), sum(reversed(xs)), (1e16 + 1.0) - 1e16)
import math
print(math.fsum(xs), math.fsum([1e308, -1e308, 1e308]), sum([1e308, -1e308, 1e308]), sum([1e308, 1e308, -1e308]))
try:
    math.fsum([1e308, 1e308, -1e308])
except OverflowError as e:
    print(type(e).__name__, e)
total = 0.0
for i in range(1, 11):
    total += 1 / i
    print(i, total, repr(total))
kahan_sum = 0.0
c = 0.0
naive = 0.0
for i in range(1, 100001):
    v = 1.0 / (i * i)
    naive += v
    y = v - c
    t = kahan_sum + y
    c = (t - kahan_sum) - y
    kahan_sum = t
print(naive, kahan_sum, math.fsum(1.0 / (i * i) for i in range(1, 100001)), math.pi ** 2 / 6)
a = 0.1
b = 0.2
c = 0.3
print((a + b) + c, a + (b + c), (a + b) + c == a + (b + c), a * b * c, a * (b * c))
print(1e308 * 10 / 10, 1e308 / 10 * 10, 1e-308 / 1e10 * 1e10, 1e-308 * 1e10 / 1e10)
x = 1.0
for _ in range(60):
    x = x / 3 * 3
print(x)
h = 0.1
t = 0.0
steps = 0
while t < 1.0:
    t += h
    steps += 1
print(steps, t)
print([round(0.1 * i, 10) for i in range(11)], [0.1 * i for i in (3, 6, 7)])
