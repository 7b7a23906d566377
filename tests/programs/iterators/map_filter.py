# map and filter, laziness and multiple iterables
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])), list(map(abs, [-1, 2, -3])))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(map(pow, [2, 3, 4], [1, 2, 3], [5, 5, 5])))
print(list(map(int, "1 2 3".split())), list(map(float, ["1.5", "-2"])), list(map(bool, [0, "", [1]])))
print(list(filter(None, [0, 1, "", "x", [], [0], None, False, 2.5])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda v: v % 3 == 0, range(20))), list(filter(lambda v: v, [])))
m = map(lambda v: v * 2, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m), iter(m) is m)
f = filter(lambda v: v > 1, [1, 2, 3])
print(type(f).__name__, next(f), list(f))
calls = []
def square(v):
    calls.append(v)
    return v * v
lazy = map(square, range(5))
print(calls)
print(next(lazy), calls)
print(list(lazy), calls)
print(sum(map(square, range(4))), max(map(len, ["a", "abc", "ab"])), sorted(map(lambda s: s[::-1], ["ab", "cd"])))
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
evens_squared = list(map(lambda v: v * v, filter(lambda v: v % 2 == 0, range(10))))
print(evens_squared, [v * v for v in range(10) if v % 2 == 0] == evens_squared)
print(list(map(lambda *a: a, "ab", "cd", "ef")), list(map(max, [1, 5], [4, 2])))
