# ** with negative exponents, three-argument pow
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(type(2 ** -1).__name__, type(2 ** 5).__name__)
print(pow(2, 100), pow(-3, 33))
print(pow(3, 4, 5), pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, 10 ** 6, 10 ** 9 + 7))
print(pow(7, 0, 1), pow(7, 0, 5), pow(0, 0, 3))
print(pow(3, -1, 7), pow(3, -2, 7), pow(38, -1, 97))
print(pow(-3, -1, 7), pow(3, -1, -7))
for m in [7, 11, 101, 2 ** 61 - 1]:
    for a in [2, 3, 5, 10]:
        inv = pow(a, -1, m)
        print(m, a, inv, (a * inv) % m)
tests = [(2, -1, 4), (6, -1, 9), (0, -1, 5), (2, 3, 0), (2, -1, 0), (2, 1.5, 3), (2.0, 2, 3)]
for a, b, m in tests:
    try:
        print(pow(a, b, m))
    except Exception as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(0, -2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2, 3, 1), pow(-1, 10 ** 20 + 1), pow(1, -5))
print((-8) ** (1 / 3) == (-8) ** (1 / 3))
print(type((-8) ** 0.5).__name__)
print(pow(2, 0.5), 4 ** 0.5, 2 ** 62 * 2)
