# Infinite generators stopped manually without itertools.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(take(10, naturals()))
print(take(12, primes()))
print(list(take_while(lambda x: x < 30, primes())))


def cycle(seq):
    while True:
        for s in seq:
            yield s


print(take(7, cycle("abc")))


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


print(list(collatz(27))[-5:], len(list(collatz(27))))
squares = (n * n for n in naturals())
for sq in squares:
    if sq > 200:
        print("first square over 200:", sq)
        break
print("next square after break:", next(squares))
