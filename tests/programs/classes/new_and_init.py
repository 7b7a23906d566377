# __new__ vs __init__: ordering, returning other types, immutables.
class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, a, b=0):
        print("__init__", a, b)
        self.a = a


t = Traced(1, b=2) if False else Traced(1, 2)
print(t.created, t.a)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(NotMine())


class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = UpperStr("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!")


class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))


print(Pos(-5), Pos(-5) + 1, type(Pos(3) + 1).__name__)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


pt = Point(3, 4)
print(pt, pt.x, len(pt), type(pt).__name__)


class Cached:
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]

    def __init__(self, key):
        self.key = key


print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    class NoArgs:
        pass

    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
