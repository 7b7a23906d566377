# Numeric algorithms with while/for loops.
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


print([isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 20]])


def digits(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1] or [0]


print(digits(9075), digits(0), sum(digits(2 ** 100)))


def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    p = 2
    while p * p <= n:
        if is_p[p]:
            for m in range(p * p, n + 1, p):
                is_p[m] = False
        p += 1
    return [i for i, v in enumerate(is_p) if v]


print(sieve(60))


def binary_search(a, x):
    lo, hi = 0, len(a)
    steps = 0
    while lo < hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo, steps


arr = list(range(0, 1000, 3))
print(binary_search(arr, 300), binary_search(arr, 301), binary_search(arr, -5), binary_search(arr, 5000))
acc = 0.0
for k in range(1, 1001):
    acc += 1.0 / (k * k)
print(round(acc, 10))
