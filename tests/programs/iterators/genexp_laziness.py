# generator expressions: laziness, early binding of the first iterable, exhaustion
log = []
def src(n):
    for i in range(n):
        log.append(f"src {i}")
        yield i
g = (x * 10 for x in src(3))
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))
items = [1, 2, 3]
ge = (x for x in items)
items = [9, 9]
print(list(ge))
lst = [1, 2, 3]
ge2 = (x for x in lst)
lst.append(4)
print(list(ge2))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager first iterable:", type(e).__name__, e)
lazy_err = (1 / x for x in [1, 0])
print(next(lazy_err))
try:
    next(lazy_err)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(lazy_err, "exhausted after error"))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bb ccc".split()), "".join(c for c in "abc" if c != "b"))
gen = (i for i in range(5))
print(3 in gen, list(gen))
gen = (i for i in range(5))
print(type(gen).__name__, iter(gen) is gen, hasattr(gen, "send"), next(gen), gen.__next__())
gen.close()
print(list(gen), next(gen, "closed"))
