# dict keys of many hashable types and equality-based collapsing
d = {}
keys = [1, 1.0, True, 0, False, 0.0, -0.0, None, (), (1,), (1.0,), "1", b"1", frozenset(), frozenset({1}), 2 ** 70, 2.0 ** 70, 1 + 0j, range(3), int, len]
for i, k in enumerate(keys):
    d[k] = i
print(len(d))
for k, v in d.items():
    print(repr(k) if not callable(k) or isinstance(k, range) else k.__name__, v)
print(d[1], d[True], d[1.0], d[1 + 0j], d[()], d[(True,)], d[frozenset([1.0])], d[range(0, 3)], d[int])
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"K({self.v})"
d2 = {K(1): "a", K(2): "b"}
d2[K(1)] = "A"
print(d2, K(2) in d2, K(3) in d2, d2.get(K(2)))
class SameHash:
    def __init__(self, tag):
        self.tag = tag
    def __hash__(self):
        return 42
    def __repr__(self):
        return self.tag
coll = {SameHash("x"): 1, SameHash("y"): 2, SameHash("z"): 3}
print(coll, len(coll), [v for v in coll.values()])
obj = object()
d3 = {obj: "identity"}
print(d3[obj], object() in d3)
class Unh:
    __hash__ = None
try:
    {Unh(): 1}
except TypeError as e:
    print(type(e).__name__, e)
for bad in [[1], {1: 2}, {1}, bytearray(b"x"), ([1],)]:
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
print(len(d))
