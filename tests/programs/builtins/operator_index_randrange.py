# operator.index (native) and random.randrange's argument conversion.
import operator
import random


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        return "no"


class MyInt(int):
    pass


for v in [7, -3, True, 2**70, Idx(4), MyInt(9)]:
    r = operator.index(v)
    print(repr(r), type(r).__name__)
for v in [2.5, "3", None, BadIdx()]:
    try:
        operator.index(v)
    except TypeError as e:
        print("TypeError", e)
try:
    operator.index()
except TypeError as e:
    print("TypeError", e)

random.seed(11)
print([random.randrange(10) for _ in range(5)], random.randrange(3, 30, 4), random.randint(-5, 5))
print(random.randrange(Idx(6)), random.randrange(True, 5), random.randrange(MyInt(8)))
for args in [(0,), (5, 5), (1, 10, 0), (4, 1), (3, 9, -1)]:
    try:
        print(random.randrange(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
