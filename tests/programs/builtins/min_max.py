# min and max: iterables, multiple args, key, default, errors
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((1.5, -2, 0)), max(range(10)))
print(min("b", "a", "c"), max([[1, 2], [1, 3], [0, 9]]), min({5: "a", 2: "b"}), max({3, 7, 1}))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len), max([-5, 3, -9], key=abs))
print(max([("a", 3), ("b", 1)], key=lambda t: t[1]), min(1, -2, 3, key=lambda v: v * v), max("ab", "abc", key=len))
print(min([], default="empty"), max((), default=None), min([5], default=0), max(iter([]), default=-1))
print(max([1, 1.0, True]), min([True, 1, 1.0]), max([2, 3, 3.0]), min([0, -0.0, False]), max([1.0, 1]))
print(max([3, 1, 3], key=lambda v: 0), min(["x", "y", "z"], key=lambda v: 1), max(1, 2, key=None))
for call in [lambda: min([]), lambda: max(()), lambda: min(5), lambda: max(1, "a"), lambda: min([1, 2], 3),
             lambda: max(1, 2, default=0), lambda: min(), lambda: max([1], key=5), lambda: min([None, 1]),
             lambda: max([1, 2], bogus=1), lambda: min(iter([]))]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
nan = float("nan")
print(max(nan, 1), max(1, nan), min(nan, 1), min([2, nan, 1]), max([nan, 5, 3]))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"V{self.v}"
print(max(V(1), V(5), V(3)), min([V(2), V(0), V(0)]), max([V(4), V(4)], key=lambda x: x.v))
