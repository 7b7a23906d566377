# shallow vs deep copying of nested lists, written by hand
def deep_copy(obj):
    if isinstance(obj, list):
        return [deep_copy(x) for x in obj]
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    if isinstance(obj, tuple):
        return tuple(deep_copy(x) for x in obj)
    return obj
orig = [1, [2, 3], {"k": [4, 5]}, (6, [7])]
shallow1 = orig[:]
shallow2 = list(orig)
shallow3 = orig.copy()
shallow4 = [*orig]
deep = deep_copy(orig)
orig[1].append("x")
orig[2]["k"].append("y")
orig[3][1].append("z")
orig[0] = "changed"
for name, c in [("orig", orig), ("slice", shallow1), ("list()", shallow2), ("copy", shallow3), ("star", shallow4), ("deep", deep)]:
    print(f"{name:>7}", c)
print(shallow1[1] is orig[1], deep[1] is orig[1], deep == orig, shallow1 == shallow2 == shallow3 == shallow4)
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, [4, [5]]]], (6, 7), [], [[[]]], "str"]))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
rotated = [list(row) for row in zip(*grid[::-1])]
print(grid, rotated, [row[::-1] for row in grid], grid[::-1])
g2 = [row[:] for row in grid]
g2[1][1] = "center"
print(grid[1], g2[1])
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
alias = [nested[0]] * 2
alias[0][1] = 9
print(nested, alias)
