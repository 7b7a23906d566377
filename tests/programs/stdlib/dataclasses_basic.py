# dataclasses: generated methods, fields, defaults, frozen, order, asdict/astuple/replace.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from dataclasses import FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
import dataclasses
from typing import ClassVar, List, Optional


def err(label, f, *args, **kwargs):
    try:
        print(label, "ok", f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(p.x, p.y, Point.y, Point.__match_args__, Point.__hash__)
err("missing", Point)
err("too many", Point, 1, 2, 3)
err("bad kw", Point, 1, z=3)
err("lt", lambda: Point(1) < Point(2))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "rc")
print(v1 < v2, v1 >= v2, sorted([v2, v1, Version(0, 5)]), hash(v1) == hash(Version(1, 2, "x")))
print(Version(1, 2, "a") == Version(1, 2, "b"))
err("frozen set", setattr, v1, "major", 5)
err("frozen del", delattr, v1, "major")
print({v1: "one"}[Version(1, 2)])


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", init=False)
    tags: dict = field(default_factory=dict, compare=False)


a = Inventory("a")
b = Inventory("b", ["x"], 3)
a.items.append("y")
print(a, b, Inventory("c").items, a.secret)
print([f.name for f in fields(a)], [f.default is MISSING for f in fields(Inventory)])
print(fields(Point)[1].default, fields(Point)[0].type, fields(Point)[1].name)
print(asdict(b), astuple(b))
err("mutable default", dataclass, type("Bad", (), {"__annotations__": {"x": list}, "x": []}))


@dataclass
class Line:
    start: Point
    end: Point
    label: Optional[str] = None


ln = Line(Point(0, 0), Point(3, 4), "diag")
print(ln)
print(asdict(ln), astuple(ln))
print(replace(ln, label="new"), replace(p, y=99))


@dataclass
class WithPost:
    a: int
    b: int = 0
    total: int = field(init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.total = (self.a + self.b) * scale


print(WithPost(1, 2), WithPost(1, 2, 10), WithPost(3, scale=2).total)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(5, 6, 7), [f.name for f in fields(Derived)])


@dataclass
class Counted:
    total: ClassVar[int] = 0
    name: str = "n"


print(Counted(), [f.name for f in fields(Counted)], Counted.total)


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


print(KW(a=1), KW(b=3, a=4))
err("kw positional", KW, 1)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


print(Mixed(1, b=2))
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashy(1)) == hash(Hashy(1, [2])))


@dataclass(repr=False)
class NoRepr:
    a: int


print(repr(NoRepr(1)).startswith("<"))


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "custom!"


print(Custom(1), is_dataclass(Custom), is_dataclass(Custom(1)), is_dataclass(5))
err("asdict bad", asdict, 5)
err("fields bad", fields, 5)
Dyn = make_dataclass("Dyn", [("a", int), ("b", int, field(default=5))])
print(Dyn(1), Dyn(1, 2) == Dyn(1, 2))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))
match Point(1, 2):
    case Point(1, y):
        print("match y", y)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "s"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
err("slots attr", setattr, s, "c", 1)
