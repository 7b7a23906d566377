# pprint: CPython's layout for nested containers, widths, indents, depth,
# compact mode, sort_dicts, long strings and bytes, recursion, pp/saferepr.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass

data = {"name": "krait", "version": (3, 11, 7), "tags": ["python", "rust", "jit", "interpreter"],
        "nested": {"z": [1, 2, {"deep": list(range(30))}], "a": {"b": {"c": {"d": "e"}}}},
        "set": {5, 3, 1, 4}, "fs": frozenset({"x", "y"}), 1: None, "empty": [], "et": ()}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=50)
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat(list(range(40)), width=30)[:60])
print(pprint.pformat([[1, 2], [3, 4], ["a" * 30, "b" * 30]], width=20))
print(pprint.pformat((1,), width=2), pprint.pformat(((1, 2),), width=5))
s = "The quick brown fox jumps over the lazy dog. " * 5
pprint.pprint(s)
pprint.pprint([s, "short\nlines\n" * 3], width=40)
pprint.pprint({"key": s}, width=60)
pprint.pprint(b"0123456789abcdef" * 6, width=40)
pprint.pprint(bytearray(b"\x00\x01xyz" * 12), width=40)
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)), width=40)
dd = defaultdict(list)
for w in "apple banana cherry avocado blueberry cranberry apricot".split():
    dd[w[0]].append(w)
pprint.pprint(dd, width=40)
pprint.pprint(Counter("abracadabra simsalabim"), width=30)
pprint.pprint(deque(range(25)), width=40)
pprint.pprint(deque(range(25), maxlen=30), width=40)
r = [1, 2]
r.append(r)
d = {"self": None}
d["self"] = d
print(pprint.pformat(r).replace(str(id(r)), "ID"))
print(pprint.pformat(d).replace(str(id(d)), "ID"))
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a"]), pprint.saferepr(r) == pprint.pformat(r))
print(pprint.pformat({3: "c", 1: "a", "b": 2, (1, 2): None}))
print(pprint.pformat(10**20, underscore_numbers=True), pprint.pformat({"n": 12345678}, underscore_numbers=True))


@dataclass
class Point:
    x: int
    y: list


pprint.pprint(Point(1, list(range(30))), width=40)
pprint.pprint([Point(1, [2])])
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta" * 5}})
print(repr(pp.pformat("x")))
matrix = [[round(i * j / 7, 3) for j in range(6)] for i in range(6)]
pprint.pprint(matrix)
pprint.pprint(matrix, width=50)
