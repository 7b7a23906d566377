# set equality, subset chains, frozenset hashing independence from insertion order
a = {3, 1, 2}
b = {1, 2, 3}
c = frozenset([2, 3, 1])
print(a == b, a == c, hash(c) == hash(frozenset(b)), hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
f1 = frozenset(range(100))
f2 = frozenset(range(99, -1, -1))
print(f1 == f2, hash(f1) == hash(f2), len({f1, f2}))
print(set() == frozenset(), {1} != {1.0}, {1, 2} == {2, 1.0}, {(1, 2)} == {(1.0, 2.0)}, {0} == {False})
chain = [set(), {1}, {1, 2}, {1, 2, 3}]
for x in chain:
    print(sorted(x), [x <= y for y in chain], [x < y for y in chain])
print({1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 3} < {1, 2, 4}, {1, 3} > {1}, not {1, 3} <= {1, 2, 4})
print(sorted([{3}, {1, 2}, {1}], key=len), max([{3}, {1, 2}], key=len), min([{5, 6}, {1, 2, 3}], key=min))
groups = {frozenset({1, 2}): "a", frozenset({2, 3}): "b"}
print(groups[frozenset([2, 1])], frozenset({3, 2}) in groups, frozenset({1, 3}) in groups)
fs_of_fs = frozenset({frozenset({1}), frozenset({1, 2}), frozenset()})
print(len(fs_of_fs), frozenset() in fs_of_fs, sorted(len(x) for x in fs_of_fs))
powerset = [frozenset()]
for x in [1, 2, 3]:
    powerset += [s | {x} for s in powerset]
print(len(powerset), sorted(sorted(s) for s in powerset))
print(len(set(powerset)), all(s <= frozenset({1, 2, 3}) for s in powerset))
