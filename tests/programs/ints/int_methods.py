# int constructor, subclasses and special methods
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
a = MyInt(5)
print(a, a + 1, type(a + 1).__name__, type(a).__name__, a * 2, -a, type(-a).__name__)
print(isinstance(a, int), int(a), type(int(a)).__name__, a == 5, hash(a) == hash(5))
print((10).__add__(5), (10).__sub__(3), (10).__mul__(2), (10).__floordiv__(3), (10).__mod__(3))
print((10).__truediv__(4), (10).__pow__(2), (10).__neg__(), (10).__invert__(), (10).__abs__())
print((10).__add__(1.5), (10).__radd__(1), (3).__rsub__(10), (2).__rpow__(3))
print((5).__lt__(6), (5).__eq__(5.0), (5).__eq__("5"), (5).__bool__(), (0).__bool__())
print(int.__new__(int, "77"), int("12", base=8), int(x="12", base=16) if False else int("12", 16))
print(bool(0), bool(-1), bool(2 ** 100), not 0, not 7)
print(10 / 4, 10 / 5, -7 / 2, 1 / 3, 2 ** 100 / 2 ** 99, 10 ** 30 / 10 ** 10)
try:
    (2 ** 10000) / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 10000 // 3 ** 6000 > 0, (2 ** 2000) / (2 ** 1990))
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2 ** 1023), float(2 ** 1024 - 2 ** 970) if False else float(2 ** 1023 + 2 ** 970))
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10)
x = 7
x += 3; print(x)
x -= 20; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 7; print(x)
x **= 40; print(x)
x >>= 10; print(x)
x <<= 5; print(x)
x &= 0xFFFF; print(x)
x |= 0x10000; print(x)
x ^= 0xFF; print(x)
