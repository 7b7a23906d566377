# prime sieves: Eratosthenes, segmented, and trial division, cross-checked
def eratosthenes(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(is_p) if f]
def trial(n):
    out = []
    for k in range(2, n + 1):
        if all(k % p for p in out if p * p <= k):
            out.append(k)
    return out
def segmented(lo, hi, base):
    flags = [True] * (hi - lo)
    for p in base:
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            flags[m - lo] = False
    return [lo + i for i, f in enumerate(flags) if f and lo + i > 1]
N = 2000
p1 = eratosthenes(N)
p2 = trial(N)
print(len(p1), p1 == p2, p1[:15], p1[-5:])
base = eratosthenes(int(100000 ** 0.5) + 1)
seg = segmented(99000, 100000, base)
print(len(seg), seg[:5], seg[-3:])
twins = [(a, b) for a, b in zip(p1, p1[1:]) if b - a == 2]
print(len(twins), twins[:6], twins[-2:])
gaps = {}
for a, b in zip(p1, p1[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
def factorize(n):
    fs = []
    for p in p1:
        if p * p > n:
            break
        while n % p == 0:
            fs.append(p)
            n //= p
    if n > 1:
        fs.append(n)
    return fs
for n in [360, 997, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
print(sum(p1), max(b - a for a, b in zip(p1, p1[1:])))
