# list searching uses identity first, then __eq__; observe the calls
calls = []
class Probe:
    def __init__(self, tag, equal_to=()):
        self.tag = tag
        self.equal_to = set(equal_to)
    def __eq__(self, other):
        calls.append((self.tag, getattr(other, "tag", other)))
        return getattr(other, "tag", other) in self.equal_to
    __hash__ = None
    def __repr__(self):
        return f"P({self.tag})"
a, b, c = Probe("a"), Probe("b", {"x"}), Probe("c", {"x"})
x = Probe("x", {"b", "c"})
lst = [a, b, c]
print(x in lst, calls)
calls.clear()
print(lst.index(x), calls)
calls.clear()
print(lst.count(x), calls)
calls.clear()
print(b in lst, calls)
calls.clear()
print(lst.count(b), calls)
calls.clear()
lst.remove(x)
print(lst, calls)
calls.clear()
print(lst == [a, c], calls)
calls.clear()
print(lst == [a, Probe("z")], calls)
calls.clear()
print([a, b] != [a, b], calls)
calls.clear()
print(5 in lst, calls)
calls.clear()
nan = float("nan")
print([nan].count(nan), [nan].index(nan), nan in [nan], [float("nan")].count(nan))
print((a, b).count(a), (a,) == (a,), calls)
