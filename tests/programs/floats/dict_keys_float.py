# floats as dict/set keys: equality with ints, -0.0, nan identity
d = {1: "int one"}
d[1.0] = "float one"
d[True] = "bool one"
print(d, len(d))
d2 = {0.0: "zero"}
d2[-0.0] = "negzero"
d2[0] = "int zero"
print(d2)
s = {1, 1.0, True, 2, 2.0, 0.5, -0.0, 0}
print(sorted(s), len(s))
nan = float("nan")
d3 = {nan: 1}
d3[nan] = 2
d3[float("nan")] = 3
print(len(d3), d3[nan], list(d3.values()))
print(nan in d3, float("nan") in d3, nan in {nan}, nan in [nan], nan == nan)
counts = {}
for v in [0.1 + 0.2, 0.3, 0.30000000000000004, 3 / 10, 1 - 0.7]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
keys = [2 ** 53, 2.0 ** 53, 2 ** 53 + 1, float(2 ** 53 + 1)]
dk = {}
for k in keys:
    dk[k] = dk.get(k, 0) + 1
print(dk)
print(hash(2 ** 53) == hash(2.0 ** 53), {2 ** 53 + 1: "a"}.get(2.0 ** 53 + 1), {1e300: 1}.get(10 ** 300))
print(hash(1e300) == hash(int(1e300)), int(1e300) in {1e300}, 10 ** 300 in {1e300})
inf = float("inf")
print({inf: "pos", -inf: "neg"}[float("inf")], hash(inf) == hash(float("1e400")))
grid = {}
for i in range(5):
    grid[i * 0.5] = i
print(grid, grid.get(1), grid.get(1.0), grid.get(2), grid.get(0.25))
