# sorting larger deterministic pseudo-random data, checking invariants
seed = 2024
def rnd(n):
    global seed
    seed = (1103515245 * seed + 12345) % 2 ** 31
    return seed % n
data = [rnd(1000) for _ in range(2000)]
print(data[:10], len(data), sum(data))
s = sorted(data)
print(s[:10], s[-10:], all(a <= b for a, b in zip(s, s[1:])))
r = sorted(data, reverse=True)
print(r[:5], r == s[::-1])
pairs = [(rnd(10), i) for i in range(500)]
by_key = sorted(pairs, key=lambda p: p[0])
stable = all(a[1] < b[1] for a, b in zip(by_key, by_key[1:]) if a[0] == b[0])
print(by_key[:6], stable)
rev_stable = sorted(pairs, key=lambda p: p[0], reverse=True)
print(rev_stable[:6], all(a[1] < b[1] for a, b in zip(rev_stable, rev_stable[1:]) if a[0] == b[0]))
words = ["".join(chr(97 + rnd(5)) for _ in range(rnd(4) + 1)) for _ in range(300)]
ws = sorted(words)
print(ws[:8], ws[-5:], len(set(words)))
print(sorted(set(words), key=lambda w: (-len(w), w))[:8])
floats = [rnd(10000) / 7 - 700 for _ in range(1000)]
fs = sorted(floats)
print(fs[:3], fs[-3:], fs[500], sorted(floats, key=abs)[:3])
asc = list(range(1000))
desc = list(range(1000, 0, -1))
saw = [i % 50 for i in range(1000)]
print(sorted(asc) == asc, sorted(desc)[:3], sorted(saw)[::100], sorted(desc + asc)[995:1005])
inplace = data[:]
inplace.sort(key=lambda v: (v % 10, -v))
print(inplace[:10], inplace[-5:])
counts = [0] * 10
for v in data:
    counts[v % 10] += 1
print(counts, sum(counts))
