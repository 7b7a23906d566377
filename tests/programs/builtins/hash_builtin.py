# hash(): numbers, tuples, user classes, unhashable types
for v in [0, 1, -1, -2, 7, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100), 1.0, 1.5, -1.5, 0.1, 1e300, float("inf"), True, None is None]:
    print(repr(v), hash(v))
print(hash((1, 2, 3)), hash(()), hash(((1, 2), (3,))), hash(frozenset()) == hash(frozenset()), hash(range(0)) == hash(range(0)))
print(hash(-1) == hash(-2), hash(1) == hash(1.0) == hash(True), hash(1 + 0j) == hash(1), hash(2 ** 61 - 1) == 0)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
print(hash(Point(1, 2)) == hash((1, 2)), len({Point(1, 2), Point(1, 2), Point(2, 1)}))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly.__hash__ is None)
class Plain:
    pass
print(type(hash(Plain())).__name__, hash(Plain) == hash(Plain))
for obj in [[1], {}, set(), bytearray(), {1: 2}.keys() if False else [[]]]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class Big:
    def __hash__(self):
        return 2 ** 64 + 5
class Neg:
    def __hash__(self):
        return -1
class Flt:
    def __hash__(self):
        return 1.0
print(hash(Big()), hash(Neg()))
try:
    hash(Flt())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(int):
    pass
print(hash(Sub(5)), hash(Sub(-1)))
