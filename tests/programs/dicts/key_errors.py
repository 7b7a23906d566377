# KeyError repr and related errors
d = {"a": 1, 2: "two", (1, 2): "tup"}
for key in ["missing", 3, (1, 3), None, "", "quote'd", 1.5, ("t",), b"b"]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    d[[1, 2]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["nope"]
except KeyError as e:
    print("del", type(e).__name__, e)
try:
    raise KeyError("custom message")
except KeyError as e:
    print(e, str(e), repr(e))
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e, repr(e))
try:
    {}.pop(42)
except LookupError as e:
    print(type(e).__name__, e, isinstance(e, LookupError))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n
    def __repr__(self):
        return f"Key({self.n})"
k = {Key(1): "one"}
print(k[Key(1)], Key(1) in k, Key(2) in k)
try:
    k[Key(2)]
except KeyError as e:
    print(type(e).__name__, e)
