# dict() constructor forms and errors
print(dict(), dict(a=1, b=2), dict({"x": 1}), dict({"x": 1}, y=2), dict([("a", 1), ("b", 2)]), dict([["k", "v"]]))
print(dict(zip([1, 2, 3], "abc")), dict([(1, 2), (1, 3)]), dict(((i, i) for i in range(3))), dict(["ab", "cd"]))
class Mapping:
    def keys(self):
        return [1, 2]
    def __getitem__(self, k):
        return k * 100
print(dict(Mapping()), {**Mapping()})
for bad in [(5,), ([1],), ([(1, 2, 3)],), (["abc"],), ({1: 2}, {3: 4}), ("ab",), (None,)]:
    try:
        print(dict(*bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyDict(dict):
    def __missing__(self, key):
        return f"<{key}>"
md = MyDict(a=1)
print(md["a"], md["zz"], md.get("zz"), "zz" in md, md, type(md).__name__, isinstance(md, dict))
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
class Loud(dict):
    def __setitem__(self, k, v):
        print("  set", k, v)
        super().__setitem__(k, v)
ld = Loud()
ld["x"] = 1
ld.update(y=2)
ld.setdefault("z", 3)
print(ld)
print(repr({}), repr({1: {2: {}}}), str({"a": [1, (2,)]}), ascii({"é": "ü"}))
r = {}
r["self"] = r
print(r)
print(len(dict.fromkeys(range(100))), dict(enumerate("xyz")), type({}.keys()).__name__)
