# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import enum


def err(label, f, *args, **kwargs):
    try:
        print(label, "ok", f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()}={self.value}"

    @property
    def is_warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED))
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON)
print(Color(2), Color["BLUE"], Color(Color.RED), Color.RED.describe(), Color.RED.is_warm, Color.default())
print(Color.__members__)
print(Color.RED in Color, isinstance(Color.RED, Color), Color.RED == 1, Color.RED == Color.RED)
print(repr(Color), f"{Color.RED}", format(Color.GREEN, ">12") + "|", str(Color.BLUE))
print({Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value, reverse=True))
err("bad value", Color, 7)
err("bad name", lambda: Color["PINK"])
err("reassign", setattr, Color, "RED", 5)
err("lt", lambda: Color.RED < Color.GREEN)
try:
    class Sub(Color):
        EXTRA = 9
except TypeError as e:
    print("TypeError", e)
print(list(reversed(Color)), Color.RED.__class__.__name__, dir(Color))


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = auto()


print(list(Shape), [s.value for s in Shape])


class Mixed(Enum):
    A = 10
    B = auto()
    C = "x"


print(list(Mixed))


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.HIGH), Priority.HIGH > Priority.LOW, Priority.LOW + 5, Priority(2))
print(sorted([Priority.HIGH, Priority.LOW]), Priority.MEDIUM == 2, f"{Priority.HIGH:03d}", int(Priority.LOW))
print([1, 2, 3, 4][Priority.MEDIUM], isinstance(Priority.LOW, int), hash(Priority.LOW) == hash(1))


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode.READ.upper(), f"[{Mode.WRITE}]", Mode("w"))
err("strenum int", type(Mode).__call__, type(Mode), "Bad", (StrEnum,), {"X": 1})


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(Perm(0)), repr(Perm(0)), Perm(0))
print(repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R), Perm(7), repr(Perm(5)), list(Perm))
err("flag bad", Perm, 8)


class Auto(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


print([m.value for m in Auto], repr(Auto.AB), repr(Auto.A | Auto.B), list(Auto))


class Bits(IntFlag):
    ONE = 1
    TWO = 2
    FOUR = 4


print(Bits.ONE | Bits.TWO, repr(Bits.ONE | Bits.TWO), Bits.ONE | 8, repr(Bits(8)), Bits.FOUR & 6, repr(~Bits.ONE))
print(isinstance(Bits.ONE, int), Bits.TWO + 1, repr(Bits(0)))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coord.PY.label, Coord(1), Coord.PX.value)


class Missing(Enum):
    A = "a"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == "a":
            return cls.A
        return None


print(Missing("A"), Missing("a"))
err("missing none", Missing, "b")


try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Pair = Enum("Pair", [("X", 10), ("Y", 20)])
print(list(Pair), Pair(20))
D = IntEnum("D", {"A": 5, "B": 6})
print(D.A + D.B, repr(D.B))


class Weekday(Enum):
    MON = 1
    TUE = 2
    _ignore_ = ["helper"]
    helper = 5

    def __str__(self):
        return self.name.title()


print(Weekday.MON, list(Weekday), hasattr(Weekday, "helper"))
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green matched")
print(Color.RED.__reduce_ex__(2), enum.EnumMeta is enum.EnumType)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
