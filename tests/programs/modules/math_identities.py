# numeric identities checked with math functions (exact comparisons and tolerances)
import math
xs = [0.1, 0.5, 1.0, 2.0, 3.7, 10.0, 123.456]
for x in xs:
    print(x, math.isclose(math.sin(x) ** 2 + math.cos(x) ** 2, 1.0), math.isclose(math.exp(math.log(x)), x),
          math.isclose(math.cosh(x) ** 2 - math.sinh(x) ** 2, 1.0, rel_tol=1e-6), math.isclose(math.tan(x), math.sin(x) / math.cos(x)))
for n in range(1, 15):
    print(n, math.factorial(n) == math.prod(range(1, n + 1)), math.comb(2 * n, n), math.isqrt(n * n + n) == n, math.gcd(n, 12), math.lcm(n, 12))
print(sum(math.comb(10, k) for k in range(11)) == 2 ** 10, all(math.comb(n, k) == math.comb(n, n - k) for n in range(20) for k in range(n + 1)))
print(math.isclose(math.fsum(1 / math.factorial(k) for k in range(20)), math.e), math.isclose(math.atan(1) * 4, math.pi))
print(math.log2(2 ** 50) == 50, math.log10(10 ** 12) == 12, math.log(math.e ** 3), math.sqrt(2) * math.sqrt(2) == 2)
print(math.hypot(5, 12) == 13, math.dist((1, 1), (4, 5)) == 5, math.degrees(math.radians(123.0)), math.radians(math.degrees(1)))
print(math.floor(-0.5) == -1, math.ceil(-0.5) == 0, math.trunc(-0.5) == 0, round(-0.5) == 0, int(-0.5) == 0)
print(math.copysign(0.0, -1) == 0.0, str(math.copysign(0.0, -1)), math.fmod(-1, 3), -1 % 3, math.remainder(-1, 3))
print([math.gcd(a, b) for a, b in [(48, 18), (17, 5), (0, 9), (-48, -18), (2 ** 40, 2 ** 20 * 3)]])
