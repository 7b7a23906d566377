# float comparisons, equality, and accumulation
import math
a = 0.1 + 0.2
print(a, a == 0.3, abs(a - 0.3) < 1e-15, math.isclose(a, 0.3), a > 0.3)
print(1e308 * 10 == float("inf"), 2.0 ** 53 + 1 == 2.0 ** 53, 2.0 ** 53 + 2)
s = 0.0
for i in range(10):
    s += 0.1
    print(i, s, repr(s), s == (i + 1) / 10)
print(math.fsum(0.1 for _ in range(10)), sum(0.1 for _ in range(10)))
vals = [3.0, -1.5, 2.25, 1e-10, -1e10, 0.0, 7.0]
print(sorted(vals), sorted(vals, reverse=True), min(vals), max(vals))
print(sorted(vals, key=abs))
print(sum(vals), sum(vals, 100.0), sum([1, 2.5, True]))
print(1.0 / 3 * 3 == 1.0, 0.1 * 10 == 1.0, 49 * (1 / 49) == 1.0)
print(float.__eq__(1.0, 1), float.__lt__(1.0, 2), float.__eq__(1.0, "1"))
eps = 1.0
n = 0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
    n += 1
print(eps, n)
tiny = 1.0
k = 0
while tiny / 2 > 0:
    tiny /= 2
    k += 1
print(tiny, k)
print(1e-320 * 1e10, 5e-324 / 2, 5e-324 * 0.6, 2.225e-308 / 3)
print(float("1.7976931348623157e308") * 1.0000000000000002)
