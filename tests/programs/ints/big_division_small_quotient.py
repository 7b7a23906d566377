"""Floor division and modulo of big ints whose quotient is small (the spigot's case), near multiples and with every sign."""

import random
random.seed(7)
acc = 0
for trial in range(3000):
    yb = random.randint(100, 3000)
    y = random.getrandbits(yb) | (1 << (yb - 1))
    qb = random.randint(0, 64)
    x = y * random.getrandbits(qb) + random.getrandbits(yb + random.randint(-3, 3))
    if trial % 7 == 0:
        x = y * random.getrandbits(qb)  # exact multiples
    if trial % 11 == 0:
        x = y * (1 << qb) - 1
    for a, b in ((x, y), (-x, y), (x, -y)):
        q, r = a // b, a % b
        acc = (acc * 31 + q * 7 + r) % (10**9 + 7)
        assert q * b + r == a, trial
print(acc)
