# Collatz sequences and other integer iterations with big values
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
for n in [1, 2, 3, 6, 7, 27, 97, 871, 2 ** 100, 2 ** 100 + 1, 10 ** 30 + 7]:
    print(n, collatz_len(n))
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
def digits_sum_power(base, exp):
    return sum(map(int, str(base ** exp)))
print(digits_sum_power(2, 1000), digits_sum_power(3, 500), digits_sum_power(7, 300))
a, b = 0, 1
for i in range(500):
    a, b = b, a + b
print(a, len(str(a)), a % 1000000007)
lucas = [2, 1]
while len(lucas) < 100:
    lucas.append(lucas[-1] + lucas[-2])
print(lucas[-1], lucas[-1] * lucas[-2] - lucas[-3] ** 2)
def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
for n in [0, 1, 15, 16, 10 ** 50, 2 ** 199 + 12345]:
    r = isqrt_newton(n)
    print(r, r * r <= n < (r + 1) ** 2)
catalan = [1]
for k in range(1, 60):
    catalan.append(catalan[-1] * 2 * (2 * k - 1) // (k + 1))
print(catalan[:12], catalan[-1])
