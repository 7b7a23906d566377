# sort of mixed types and modification during sort
for data in ([3, "a", 1], ["b", 2], [1, None], [(1, 2), (1, "a")], [1j, 2j], [[1], (1,)], [{1}, {2}, {1, 2}]):
    try:
        print(sorted(data))
    except TypeError as e:
        print(type(e).__name__, e)
a = [3, 1, 2]
def bad_key(v):
    a.append(v)
    return v
try:
    a.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(len(a) >= 3)
b = [5, 4, 3, 2, 1]
def clearing_key(v):
    b.clear()
    return v
try:
    b.sort(key=clearing_key)
except ValueError as e:
    print(type(e).__name__, e)
print(b)
c = [4, 2, 8]
def raising_key(v):
    if v == 2:
        raise KeyError("no two")
    return v
try:
    c.sort(key=raising_key)
except KeyError as e:
    print(type(e).__name__, e)
print(c)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)]), min([Cmp(3), Cmp(5)]))
class Gt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"Gt({self.v})"
print(sorted([Gt(2), Gt(0), Gt(1)]))
class NoCmp:
    pass
try:
    sorted([NoCmp(), NoCmp()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([NoCmp()]) != [], sorted([]), sorted([1]))
