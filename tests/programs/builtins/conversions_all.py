# the builtin type constructors with every common argument form
print(int(), int(5), int(-5.9), int("42"), int(" -0b101 ", 0), int("z", 36), int(True), int(2 ** 70 + 0.0) == 2 ** 70)
print(float(), float(3), float("-1.5e3"), float(" inf "), float(True), float("1_0.5"))
print(complex(), complex(2), complex(1, -1), complex("3+4j"), complex(1.5j), complex(1j, 1j))
print(str(), str(1), str("s"), str(b"b"), str(b"b", "ascii"), str([1]), str(type))
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([[]]), bool(None), bool(0.0), bool(-0.0j))
print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(2)), list(x for x in "q"))
print(tuple(), tuple("ab"), tuple([1]), dict(), dict(a=1), dict([(1, 2)]), dict({3: 4}, b=5))
print(set(), set("aab") == {"a", "b"}, set([3, 1, 3]), frozenset(), frozenset([2, 2]), set(range(3)))
print(bytes(), bytes(2), bytes([1, 2]), bytes("é", "utf-8"), bytearray(), bytearray(b"x"), bytearray(1))
print(range(3), range(1, 3), range(1, 9, 2), slice(3), slice(1, 2), slice(1, 2, 3), type(object()).__name__)
print(int.__name__, type(int("5")) is int, type(float(5)) is float, type(str(5)) is str, type(bool(5)) is bool)
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyList(list):
    pass
print(type(int(MyInt(3))).__name__, type(str(MyStr("a"))).__name__, type(list(MyList([1]))).__name__, MyInt(3) + 1)
for call in [lambda: int([]), lambda: float([]), lambda: complex([]), lambda: list(1), lambda: tuple(1), lambda: dict(1),
             lambda: set(1), lambda: frozenset(1), lambda: bytes("x"), lambda: bool(1, 2), lambda: str(1, 2),
             lambda: range(), lambda: slice(), lambda: int("1", 2, 3), lambda: float("1", "2")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
