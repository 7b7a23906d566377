# Generator expressions: laziness, scoping, single-use.
log = []


def src(n):
    for i in range(n):
        log.append(i)
        yield i


g = (x * 10 for x in src(5))
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))
print(sum(x for x in range(10) if x % 2))
print(list((x, y) for x in range(3) for y in range(x)))
print(dict((k, len(k)) for k in ["a", "bb", "ccc"]))
print(sorted(c for c in "generator"), "".join(c.upper() for c in "abc"))
it = iter([1, 2, 3])
first_evaluated = (x for x in it)
print(next(first_evaluated), list(it))
try:
    (1 / 0 for _ in range(2))
    print("outermost iterable evaluated eagerly only")
    (x for x in 1 / 0)
except ZeroDivisionError:
    print("ZeroDivisionError at creation for the outermost iterable")
n = 3
gen = (i * n for i in range(3))
n = 100
print(list(gen))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in []), min((abs(x) for x in [-3, 1, -2])))
print(type((x for x in [])).__name__, tuple(x for x in "ab"), set(x % 3 for x in range(10)) == {0, 1, 2})
