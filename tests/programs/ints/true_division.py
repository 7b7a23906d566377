# int / int true division is correctly rounded even for huge operands
cases = [(1, 3), (2, 3), (10 ** 30, 3), (2 ** 100, 2 ** 50 + 1), (-7, 2), (7, -2), (0, 5), (-0, -5),
         (10 ** 400, 10 ** 399), (1, 10 ** 400), (2 ** 1074, 2 ** 2148), (3 ** 500, 2 ** 790), (123456789123456789, 1000),
         (2 ** 53 + 1, 1), (2 ** 53 + 3, 2), (10 ** 17 + 1, 10), (-(2 ** 64), 3)]
for a, b in cases:
    print(a if abs(a) < 10 ** 20 else f"<{a.bit_length()} bits>", b if b < 10 ** 20 else f"<{b.bit_length()} bits>", a / b)
for a, b in [(10 ** 400, 1), (2 ** 1024, 1), (-(10 ** 500), 3)]:
    try:
        print(a / b)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    5 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(1 / 2 ** 1075, 1 / 2 ** 1074, 3 / 2 ** 1075, -1 / 2 ** 1080)
print(float(2 ** 53 + 1), (2 ** 53 + 1) / 1, (2 ** 54 + 2) / 2, (10 ** 23) / 1, float(10 ** 23))
print(sum(1 / k for k in range(1, 1001)), sum(k / 7 for k in range(7)))
x = 1
for k in range(1, 30):
    x *= k
    print(k, x / (k + 1) ** k)
