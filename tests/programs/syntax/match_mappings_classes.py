# match: mapping and class patterns.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat3d {x},{y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0), Point3(1, 2, 3), 5]:
    print(where(p))


def cmd(c):
    match c:
        case {"action": "move", "dx": dx, "dy": dy}:
            return f"move {dx} {dy}"
        case {"action": "say", "text": str(text)}:
            return f"say {text!r}"
        case {"action": "multi", **rest}:
            return f"multi with {sorted(rest)}"
        case {"action": action}:
            return f"unknown action {action}"
        case {}:
            return "no action"


print(cmd({"action": "move", "dx": 1, "dy": -1, "extra": 0}))
print(cmd({"action": "say", "text": "hi"}))
print(cmd({"action": "say", "text": 5}))
print(cmd({"action": "multi", "a": 1, "b": 2}))
print(cmd({"other": 1}))


def builtin_cls(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str() | bytes():
            return "text"
        case list([a, b]):
            return f"list2 {a} {b}"
        case tuple((a, *_)):
            return f"tuple starting {a}"
        case dict(d):
            return f"dict of {len(d)}"
    return "none matched"


for v in [True, 3, 2.5, "s", b"b", [1, 2], (7, 8, 9), {1: 1}, [1], None]:
    print(builtin_cls(v))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
