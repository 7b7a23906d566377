# frozensets of ints as dictionary keys: grouping equal sets, set algebra tables
pairs = [frozenset({1, 2}), frozenset({2, 1}), frozenset({3}), frozenset(), frozenset({1, 2, 3}), frozenset([3])]
counts = {}
for p in pairs:
    counts[p] = counts.get(p, 0) + 1
for k, v in counts.items():
    print(sorted(k), v)
A, B, C = frozenset({1, 2, 3, 4}), frozenset({3, 4, 5}), frozenset({4, 5, 6, 7})
named = {"A": A, "B": B, "C": C}
for n1, s1 in named.items():
    for n2, s2 in named.items():
        print(n1, n2, sorted(s1 | s2), sorted(s1 & s2), sorted(s1 - s2), sorted(s1 ^ s2), s1 <= s2, s1.isdisjoint(s2))
print(sorted(A & B & C), sorted(A | B | C), sorted((A - B) | (C - B)), sorted(A ^ B ^ C))
print((A | B) - C == (A - C) | (B - C), A & (B | C) == (A & B) | (A & C), A - (B & C) == (A - B) | (A - C))
lattice = {}
for s in [A, B, C, A & B, B & C, A & C, A & B & C]:
    lattice.setdefault(len(s), set()).add(s)
print({k: sorted(sorted(x) for x in v) for k, v in sorted(lattice.items())})
print(frozenset(range(5)) == set(range(5)), {frozenset({1}): "x"}[frozenset([1])], len({A, B, C, A | A, B & B}))
