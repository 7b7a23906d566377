# Rich comparison methods, reflection, NotImplemented, total ordering by hand.
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return other < self

    def __ge__(self, other):
        return not self < other

    __hash__ = None

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != b, a < b, a <= c, b > a, b >= a, a > b)
print(sorted([Version(2), Version(1, 5), Version(1, 2, 3), Version(0, 9)]))
print(max(a, b), min([b, a, c]))
print(a == 5, a != "x")
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
log = []


class Left:
    def __lt__(self, other):
        log.append("Left.__lt__")
        return NotImplemented


class Right:
    def __gt__(self, other):
        log.append("Right.__gt__")
        return True


print(Left() < Right(), log)


class Base:
    def __eq__(self, other):
        return "Base.__eq__"


class Derived(Base):
    def __eq__(self, other):
        return "Derived.__eq__"


print(Base() == Derived(), Derived() == Base())


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v


print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
x = OnlyEq(3)
print(x == x, x in [OnlyEq(3)], [OnlyEq(1)].index(OnlyEq(1)), [OnlyEq(2)].count(OnlyEq(2)))
