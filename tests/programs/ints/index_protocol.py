# __index__ protocol
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(3)
data = list(range(10))
print(data[Idx(2)], data[Idx(-1)], data[Idx(1):Idx(7):Idx(2)])
print(i.__index__(), True.__index__(), (2 ** 70).__index__(), range(100)[i], range(2 ** 80)[Idx(2 ** 70)])
print(bin(Idx(10)), hex(Idx(255)), oct(Idx(8)))
print("ab" * Idx(3), [0] * Idx(2), b"x" * Idx(4))
print(range(Idx(5)), list(range(Idx(1), Idx(9), Idx(3))))
print(int.__index__(42), (7).__index__())
print("abcdef"[Idx(1):Idx(4)], (1, 2, 3)[Idx(0)])
print(pow(Idx(2), 5) if False else "skip")
print(hex(Idx(-17)), bin(Idx(0)), oct(Idx(-8)))
class Bad:
    def __index__(self):
        return "no"
class NoIdx:
    pass
for obj in (Bad(), NoIdx(), 1.5, "3"):
    try:
        print(data[obj])
    except TypeError as e:
        print(type(e).__name__, e)
for obj in (Bad(), 2.0):
    try:
        hex(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bin(3.0)
except TypeError as e:
    print(type(e).__name__, e)
print(int(Idx(9)) if hasattr(Idx, "__int__") else "no __int__")
class Both(Idx):
    def __int__(self):
        return 100
print(int(Both(5)), Both(5).__index__(), [1, 2, 3, 4, 5, 6][Both(5)])
