# conversions between float and int, truncation, floor/ceil
import math
vals = [0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.4, -0.5, -1.5, -2.5, 1e15 + 0.5, 4503599627370497.0, 1e20, -1e20, 2.0 ** 100]
for v in vals:
    print(v, int(v), math.floor(v), math.ceil(v), math.trunc(v), round(v), type(math.floor(v)).__name__)
print(int(-0.0), int(1e-300), int(0.9999999999999999), int(1.7976931348623157e308) % 1000)
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 3), float(-(2 ** 63)), float(2 ** 64 - 1))
print(float(10 ** 22), float(10 ** 23), float(3 ** 40), float(12345678901234567891))
for n in [1, 3, 7, 10, 100, 1000, 10 ** 10, 10 ** 20]:
    print(n, 1 / n, n / 3, n * 0.1, n ** 0.5, float(n) ** 2)
print(divmod(10 ** 20, 3.0), 10 ** 20 // 3.0, 10 ** 20 % 3.0)
print(7 / 7, type(7 / 7).__name__, 2 ** 0.0, type(2 ** 0.0).__name__)
print(math.floor(-0.0), math.ceil(-0.5), str(math.ceil(-0.5)))
for bad in (float("inf"), float("nan")):
    for fn in (math.floor, math.ceil, math.trunc):
        try:
            fn(bad)
        except (OverflowError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
