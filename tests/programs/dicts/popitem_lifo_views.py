# popitem LIFO order, live views, and keys/values/items consistency
d = {c: i for i, c in enumerate("abcdef")}
k, v, it = d.keys(), d.values(), d.items()
while d:
    print(d.popitem(), list(k), list(v), len(it))
d.update(x=1, y=2)
print(list(k), list(v), list(it), bool(k), bool({}.keys()))
d["z"] = 3
d["x"] = 10
print(list(zip(k, v)) == list(it), list(it))
print(list(d), list(d.keys()), [d[key] for key in d], list(d.values()))
e = {}
for i in range(5):
    e[i] = i
    e.pop(i - 2, None)
print(e, e.popitem(), e)
f = dict.fromkeys(range(5))
f.pop(2)
f[2] = "back"
print(list(f), f.popitem(), f.popitem(), f)
print(type(k).__name__, type(v).__name__, type(it).__name__, "x" in k, 10 in v, ("x", 10) in it, ("x", 1) in it)
g = {1: "one", 2: "two"}
print(g.keys() - {1}, g.items() - {(1, "one")}, list(g.values()), g.keys() & {2, 3}, {2, 3} - g.keys())
