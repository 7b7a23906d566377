# iterating over tuples, enumerate/zip on tuples, tuple-returning generators
triples = ((1, 2, 3), (4, 5, 6), (7, 8, 9))
for a, b, c in triples:
    print(a + b + c, a * b * c, (c, b, a))
for i, (a, *rest) in enumerate(triples):
    print(i, a, rest)
def pythagorean(limit):
    for a in range(1, limit):
        for b in range(a, limit):
            c2 = a * a + b * b
            c = int(c2 ** 0.5)
            if c < limit and c * c == c2:
                yield a, b, c
print(list(pythagorean(30)))
print([t for t in pythagorean(50) if sum(t) % 12 == 0])
def divmods(n, ds):
    return tuple(divmod(n, d) for d in ds)
print(divmods(100, (3, 7, 11)))
rows = (("x", 1), ("y", 2), ("z", 3))
print(dict(rows), tuple(k for k, _ in rows), sum(v for _, v in rows), tuple(zip(*rows)))
swap = tuple((b, a) for a, b in rows)
print(swap, sorted(swap), max(swap))
acc = ()
for i in range(5):
    acc += (i * i,)
print(acc, acc[::-1], acc.count(4), 16 in acc)
stack = ((), 0)
for v in "abc":
    stack = (stack, v)
print(stack)
depth = 0
node = stack
while node and isinstance(node[0], tuple):
    node = node[0]
    depth += 1
print(depth)
