# tuple comparisons
pairs = [((), ()), ((1,), ()), ((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((2,), (1, 9)), ((1, 2.0), (1, 2)),
         (("a", 1), ("a", 0)), ((1, (2, 3)), (1, (2, 4))), ((0,), (False,)), ((1, "x"), (2, 0))]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
try:
    (1, "x") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, "x") < (2, 2), (1, 2) == (1, "2"), (1, 2) == [1, 2])
try:
    (1,) < [1]
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), t < t, (1, nan) < (1, nan), (1, nan) < (2, nan))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0,)]), max([(1, 2), (1, 3), (0, 9)]), min((3, 1), (3, 0)))
versions = ["3.11.7", "3.9.18", "3.11.10", "3.10.0", "2.7.18", "3.11.7a"]
def parse(v):
    return tuple(int("".join(c for c in p if c.isdigit())) for p in v.split("."))
print(sorted(versions, key=parse), max(versions, key=parse), parse("3.11.7") > (3, 11), (3, 11) >= (3, 11, 0))
print((3, 11) < (3, 11, 0), sys_ver := (3, 11, 7, "final", 0), sys_ver[:2] == (3, 11))
