# Chained comparisons and their evaluation order.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 1 <= 1 >= 1, 2 < 2 <= 3)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
x = 5
print(0 < x < 10, 0 < x < 3, x in [5] in [[5]], x is not None is not False)
print("a" < "b" < "c", [1] < [1, 0] < [2], (1, 2) < (1, 3))
print(1 < 2.5 < 3, 1 == 1.0 == True)
print(None is None is None, 2 in [1, 2] not in [[3]])
ls = [1, 2, 3]
print(ls[0] < ls[1] < ls[2] < 4)
def check(n):
    return "in" if 10 <= n <= 20 else "out"
print([check(n) for n in (9, 10, 15, 20, 21)])
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError:", e)
print(not 1 < 2, not (1 < 2 < 0))
