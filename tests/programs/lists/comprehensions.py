# list comprehensions and generator usage
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c not in "lo"])
print([x if x % 2 else -x for x in range(8)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
x = "outer"
r = [x for x in range(3)]
print(r, x)
print([i for i in []], [i for i in range(5)][::-1], [len(w) for w in "a bb ccc".split()])
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
print(sum(x for x in range(101)), max(len(w) for w in ["aa", "b", "cccc"]), list(x * 2 for x in "ab"))
print([(i, c) for i, c in enumerate("xyz")], [a + b for a, b in zip([1, 2], [10, 20])])
print([y for x in [[1, [2]], [3]] for y in x], [*range(3), *"ab"], [n for n in range(30) if all(n % d for d in range(2, n)) and n > 1])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], {len(w) for w in words} == {3, 5, 6}, [w[0] for w in words])
print([[j for j in range(i)] for i in range(5)], [n ** 2 for n in range(-3, 4) if n])
g = (x * 10 for x in range(4))
print(next(g), next(g), list(g), list(g))
