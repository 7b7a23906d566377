# set-based algorithms: sieve, reachability, common elements
limit = 60
composite = set()
for i in range(2, limit):
    if i not in composite:
        composite.update(range(i * i, limit, i))
primes = set(range(2, limit)) - composite
print(sorted(primes), len(primes))
edges = {1: {2, 3}, 2: {4}, 3: {4}, 4: {5}, 5: set(), 6: {7}, 7: {6}}
def reachable(start):
    seen = {start}
    todo = [start]
    while todo:
        n = todo.pop()
        new = edges[n] - seen
        seen |= new
        todo.extend(sorted(new))
    return seen
for n in edges:
    print(n, reachable(n))
groups = [{1, 2, 3, 4}, {2, 3, 4, 5}, {3, 4, 5, 6}]
common = set.intersection(*groups)
anywhere = set.union(*groups)
print(common, anywhere, anywhere - common)
counts = {}
for g in groups:
    for x in g:
        counts[x] = counts.get(x, 0) + 1
print({x for x, c in counts.items() if c == 1}, {x for x, c in counts.items() if c == len(groups)})
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(a & b, (a | b) - (a & b) == a ^ b, len(a | b), sorted(a - b)[:5])
def jaccard(x, y):
    return len(x & y) / len(x | y)
print(round(jaccard(a, b), 4), jaccard({1}, {1}), jaccard({1}, {2}))
pairs = {(x, y) for x in range(4) for y in range(4) if x < y}
print(sorted(pairs), len(pairs))
