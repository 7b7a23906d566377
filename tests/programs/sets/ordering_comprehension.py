# deterministic iteration order of small int sets, set comprehensions
print({5, 3, 1, 4, 2}, {10, 0, 5}, {100, 1, 50}, set(range(10, -1, -1)), {-5, -1, 0, 1, 5})
print({x % 7 for x in range(50)}, {x * x for x in range(-4, 5)}, {abs(x) for x in [-3, 3, -2]})
print({n for n in range(30) if n % 3 == 0 and n % 2}, {(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
s = set()
for v in [33, 1, 65, 97, 2]:
    s.add(v)
    print(list(s))
print(list({8, 16, 24, 32, 40}), list({7, 15, 23}), list({1000, 2000, 3000}))
t = set(range(20))
for v in range(0, 20, 2):
    t.discard(v)
print(t, list(t))
t.update(range(40, 44))
print(t)
print(set([3, 3, 3, 1, 1, 2]), set((True, 1, 1.0, 0, False)), {0.5, 1.5, 2.0}, {True, 2})
dedup = []
seen = set()
for x in [4, 1, 4, 2, 1, 3, 2, 5]:
    if x not in seen:
        seen.add(x)
        dedup.append(x)
print(dedup, seen, len(seen))
print(set("mississippi") == {"m", "i", "s", "p"}, sorted(set("mississippi")), len(set("mississippi")))
big = {i * 1000 for i in range(8)}
print(big, sorted(big) == list(range(0, 8000, 1000)))
print({-1, -2, -3}, set(range(-3, 3)))
