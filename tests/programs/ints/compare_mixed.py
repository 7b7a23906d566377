# exact comparisons between int, float, bool
big = 2 ** 53
print(big + 1 == float(big + 1), float(big + 1) == big, big + 1 > float(big + 1))
print(big + 1 < float(big + 2), float(big) == big, big + 2 == float(big + 2))
print(2 ** 1000 > float("inf"), 2 ** 1000 < float("inf"), -(2 ** 1000) > float("-inf"))
print(10 ** 400 > 1e308, 10 ** 400 == float("inf"), 1 == 1.0, 1 == True, 0 == False, 0.0 == False)
print(float("nan") == float("nan"), float("nan") != float("nan"), 1 < float("nan"), 1 > float("nan"))
print(True + True, True > False, True == 1.0, False < 0.5, -1 < False)
print(0.1 + 0.2 == 0.3, 3 == 3.0000000000000001, 3 == 3.000000000000001)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(-9007199254740993 < -9007199254740992.0)
vals = [2 ** 63, 2 ** 63 - 1, 2 ** 64 + 1, -(2 ** 63) - 1]
for v in vals:
    f = float(v)
    print(v, f, v == f, v < f, v > f, int(f) - v)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 3 > 2.5 > True)
print(max(1, 1.0), max(1.0, 1), min(True, 1), min(1, True))
print(sorted([3, 2.5, True, 0, -1.5, False]))
print(0.5 < 1 <= 1.0 < 2 ** 100)
print(-0.0 == 0, -0.0 < 0, 0 < -0.0)
print(1e16 + 1 == 10 ** 16 + 1, int(1e16) + 1 == 10 ** 16 + 1)
try:
    print(1 < "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None > 0)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1 != None, [1] == [1.0], (1, 2) == (1.0, 2.0))
