# Using exceptions for control flow: EAFP patterns.
def to_int(s, default=None):
    try:
        return int(s)
    except (TypeError, ValueError):
        return default


print([to_int(x, -1) for x in ["1", "x", None, "  7 ", "3.5", 4.9]])
counts = {}
for w in "a b a c b a".split():
    try:
        counts[w] += 1
    except KeyError:
        counts[w] = 1
print(counts)


class Found(Exception):
    pass


def search(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    raise Found((r, c))
    except Found as f:
        return f.args[0]
    return None


print(search([[1, 2], [3, 4]], 4), search([[1]], 9))


def first_attr(obj, *names):
    for n in names:
        try:
            return getattr(obj, n)
        except AttributeError:
            continue
    raise AttributeError("none of " + ", ".join(names))


print(first_attr("s", "nope", "upper")())
try:
    first_attr(1, "a", "b")
except AttributeError as e:
    print("AttributeError:", e)
