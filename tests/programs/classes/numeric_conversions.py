# __index__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__.
import math


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], bin(i), hex(Idx(255)), oct(Idx(8)), range(Idx(3)))
print(int(i), operator_index := i.__index__(), [0] * Idx(3), (1).__index__())


class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __complex__(self):
        return 1 + 2j

    def __round__(self, n=None):
        return f"round({n})"

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"


n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
try:
    [1, 2][n]
except TypeError as e:
    print("TypeError:", e)


class BadIndex:
    def __index__(self):
        return 1.5


try:
    [1, 2][BadIndex()]
except TypeError as e:
    print("TypeError:", e)


class BadInt:
    def __int__(self):
        return "x"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)


class OnlyIndex:
    def __index__(self):
        return 4


print(int(OnlyIndex()), float(OnlyIndex()) if hasattr(float, "__index__") else "no float from index", complex(OnlyIndex()))
try:
    float(object())
except TypeError as e:
    print("TypeError:", e)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(25, -1), round(35, -1))
