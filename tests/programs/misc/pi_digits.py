# digits of pi and e using big integer arithmetic (Machin formula and series)
def arctan_inv(x, scale):
    total = term = scale // x
    x2, n, sign = x * x, 1, -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign, n = -sign, n + 1
    return total
def pi_digits(ndigits):
    scale = 10 ** (ndigits + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi // 10 ** 10)
def e_digits(ndigits):
    scale = 10 ** (ndigits + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)
p = pi_digits(800)
e = e_digits(300)
print(p[0] + "." + p[1:61])
print(e[0] + "." + e[1:61])
for i in range(1, 301, 60):
    print(f"{i:>3}", p[i:i + 60])
counts = {d: p[1:301].count(d) for d in "0123456789"}
print(counts, sum(counts.values()))
print(p.find("999999"), p.find("314", 1), e.find("1828", 5), len(p))
def sqrt2(ndigits):
    n = 2 * 10 ** (2 * ndigits)
    x = 2 * 10 ** ndigits
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return str(x)
        x = y
s = sqrt2(100)
print(s[0] + "." + s[1:])
import math
print(str(math.isqrt(2 * 10 ** 200)) == s, float(p[:17]) / 10 ** 16 == math.pi)
