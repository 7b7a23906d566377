# round with ndigits, halfway cases
cases = [2.675, 2.665, 1.005, 0.125, 0.375, 2.5, 3.5, -2.5, -0.5, 0.5, 1.5, 12345.6789, -12345.6789,
         1e20, 5e-324, 0.0, -0.0, 1234.5, 0.285, 1.15]
for v in cases:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1234.5678, -3), round(5678.0, -4), round(1e300, -300), round(123.456, 20), round(1.5, -400))
print(round(0.5 + 1e-16), round(-1.5), round(-2.5), round(2.500001))
print(round(7, -1), round(5, -1), round(15, -1), round(-15, -1))
for v in (float("inf"), float("-inf"), float("nan")):
    print(round(v, 2))
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
print(round(1e16 + 0.0), round(2 ** 60 + 0.0), round(123456789.123456789, 5))
for n in range(8):
    print(n, round(1 / 7, n), round(-1 / 7, n), round(2 / 3, n))
