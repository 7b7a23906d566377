# __slots__: restricted attributes, inheritance, no __dict__.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))


class Loose(Point):
    pass


l = Loose(0, 0)
l.anything = "ok"
print(l.anything, sorted(l.__dict__))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
print(type(Point.x).__name__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)


class Single:
    __slots__ = "only"


s = Single()
s.only = "one"
print(s.only, Single.__slots__)
