# all dict methods
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0), d["b"])
print(d.setdefault("a", 100), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "dflt"), d.pop("d", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d.popitem(), d)
d.update({"x": 10}, y=20)
print(d)
d.update([("p", 1), ("q", 2)])
d.update(z=0)
d.update()
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys(["k1", "k2"]), dict.fromkeys(range(3), []), dict.fromkeys("ab", 0), dict.fromkeys([]))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d, c == d)
nested = {"inner": [1, 2]}
shallow = nested.copy()
shallow["inner"].append(3)
print(nested)
print(d.clear(), d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
for bad in [lambda: d.update(5), lambda: d.update([1, 2]), lambda: d.update([(1, 2, 3)]), lambda: d.get(),
            lambda: dict.fromkeys(5), lambda: d.setdefault([], 1), lambda: d.update({}, {})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(d)
m = {1: "one", 2: "two"}
print(m.__len__(), m.__contains__(1), m.__getitem__(2), 3 in m, m.get(1.0), m.get(True))
