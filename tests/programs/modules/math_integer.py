# math: integer functions factorial gcd lcm comb perm isqrt prod fsum
import math
print([math.factorial(n) for n in range(11)], math.factorial(30), len(str(math.factorial(500))))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(12, 18, 27))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print([math.comb(10, k) for k in range(11)], math.comb(100, 50), math.comb(5, 6), math.comb(0, 0))
print([math.perm(5, k) for k in range(7)], math.perm(5), math.perm(20, 10))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 99, 100]], math.isqrt(10 ** 40), math.isqrt(2 ** 127))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 21)), math.prod([3], start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(range(5)))
for call in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.perm(3, -1),
             lambda: math.isqrt(-4), lambda: math.gcd(2.0, 4), lambda: math.comb(5.0, 2), lambda: math.lcm("a"),
             lambda: math.factorial(10 ** 30), lambda: math.isqrt(2.5)]:
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.factorial(True), math.gcd(True, 4), math.comb(10, True))
pascal = [[math.comb(n, k) for k in range(n + 1)] for n in range(8)]
for row in pascal:
    print(" ".join(str(x) for x in row).center(40))
