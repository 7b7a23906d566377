# hashing of tuples of ints and their use as dict/set keys
keys = [(), (0,), (1,), (-1,), (1, 2), (2, 1), (1, 2, 3), ((1, 2), 3), (1, (2, 3)), (0, 0), (-1, -1), (2 ** 64, 1),
        (1.5, 2), (True, False), (None,) if False else (7, 7, 7, 7)]
for k in keys:
    print(k, hash(k))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) == hash((True,)), hash((1, 2)) != hash((2, 1)))
d = {}
for x in range(3):
    for y in range(3):
        d[(x, y)] = x * 3 + y
print(d)
print(d[(1, 2)], d[1, 2], (2, 2) in d, (3, 3) in d, d.get((0, 0)), d.get((9, 9), "none"))
print({(1, 2), (1, 2), (2, 1), (1.0, 2.0)} == {(1, 2), (2, 1)}, len({(1, 2), (1.0, 2)}))
coords = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(sorted(coords.items()), coords[(0, 0)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {2}): 3}
except TypeError as e:
    print(type(e).__name__, e)
print(hash(((),)), hash(((), ())), hash((((1,),),)))
seen = set()
for pair in [(1, 2), (2, 1), (1, 2), (3, 3), (2, 1)]:
    print(pair, pair in seen)
    seen.add(pair)
print(sorted(seen), len(seen))
memo = {}
def paths(r, c):
    if (r, c) in memo:
        return memo[r, c]
    res = 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
    memo[r, c] = res
    return res
print(paths(10, 10), len(memo), paths(16, 16))
