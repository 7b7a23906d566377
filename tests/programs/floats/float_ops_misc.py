# assorted float operators and augmented assignment
x = 10.0
x += 2.5; print(x)
x -= 0.25; print(x)
x *= -3; print(x)
x /= 4; print(x)
x //= 2; print(x)
x %= 3; print(x)
x **= 3; print(x)
print(-x, +x, abs(x), x.__neg__(), x.__abs__(), x.__pos__())
print(3.0 == 3, 3.0 != 3, (3.0).__hash__() == (3).__hash__())
print(2.5 + True, 2.5 * False, 1.5 - 1, 1 - 1.5, 3 * 0.5, 0.5 * 3, 7 / 2.0, 7.0 // 2)
print(1.0.__add__(1), (1.0).__radd__(2), (2.0).__rtruediv__(1), (2.0).__rpow__(3), (1.5).__add__("x"))
print(sum([0.5, 0.25, 0.125]), 0.5 + 0.25 + 0.125 == 0.875, 1e16 + 1.0 - 1e16, 1e16 - 1e16 + 1.0)
print(max(0.1, 0.10000000000000001), 0.1 == 0.10000000000000001, 1.0e0 == 1)
print(10 ** -1, 10 ** -2 * 10 ** 2, 2 ** -1074, 2 ** -1075)
print(float.fromhex("0x1p-1075"), 2.0 ** -1074 / 2, 2.0 ** -1074 * 0.75)
vals = [1.5, -0.0, 3.25e-3, 6.02e23, 1.602e-19]
for a in vals:
    print([a + b for b in vals])
    print([a / b if b else "div0" for b in vals])
try:
    "3.0" + 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.0 + None
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1.0] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
