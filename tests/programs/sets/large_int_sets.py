# sets with many ints: growth, removal, and deterministic ordering
s = set()
for i in range(0, 200, 3):
    s.add(i)
print(len(s), sum(s), min(s), max(s))
print(list(s)[:20])
for i in range(0, 200, 6):
    s.discard(i)
print(len(s), list(s)[:15])
evens = set(range(0, 100, 2))
odds = set(range(1, 100, 2))
print(len(evens | odds), evens & odds, len(evens ^ odds), (evens | odds) == set(range(100)))
squares = {i * i for i in range(50)}
print(sorted(squares & set(range(100, 500))), len(squares))
print([n for n in range(1, 60) if n in squares or n + 1 in squares])
neg = {-i for i in range(10)}
print(neg, sorted(neg), list(neg)[:3])
mixed = {2 ** 62, 2 ** 63, -(2 ** 63), 2 ** 64 + 1, 1, -1}
print(sorted(mixed), len(mixed))
a = set(range(1000))
b = set(range(500, 1500))
print(len(a & b), len(a | b), len(a - b), len(a ^ b), min(a ^ b), max(a - b))
copy = set(a)
copy.clear()
print(len(a), len(copy), copy == set())
small = {5, 4, 3, 2, 1}
small.remove(3)
small.add(3)
print(small, list(small))
chain = set()
for k in range(8):
    chain.add(k * 8)
print(chain, list(chain))
