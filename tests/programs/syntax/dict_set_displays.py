# Dict and set displays: duplicates, ordering, nesting, evaluation order.
d = {"a": 1, "b": 2, "a": 3}
print(d, len(d))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
s = {1, 1.0, True, 2, 2}
print(s, len(s))
print({(1, 2): "tuple key", frozenset({1}): "frozenset key"})
nested = {"list": [1, {"inner": {2, 3}}], "tuple": (4, 5), "none": None}
print(nested)
print({}, set(), type({}).__name__, {*()}, {**{}})
order = []


def k(x):
    order.append(("key", x))
    return x


def v(x):
    order.append(("value", x))
    return x


{k(1): v("a"), k(2): v("b")}
print(order)
print({i: i for i in range(3)} == dict(zip(range(3), range(3))))
print(sorted({"b", "a", "c"}), sorted({3, 1, 2}))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {[1], [2]}
except TypeError as e:
    print("TypeError:", e)
