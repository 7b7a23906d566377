# Recursive generators: permutations, combinations, tree walks.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            yield [x] + p


print(list(permutations([1, 2, 3])))


def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield [items[i]] + rest


print(list(combinations("abcd", 2)))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, (2, [3, [4, (5,)]]), [], 6])))


def walk(d, prefix=""):
    for k in sorted(d):
        v = d[k]
        path = prefix + "/" + k
        if isinstance(v, dict):
            yield from walk(v, path)
        else:
            yield path, v


fs = {"etc": {"hosts": 1, "conf": {"a": 2}}, "bin": {"sh": 3}, "README": 4}
for p, v in walk(fs):
    print(p, v)
