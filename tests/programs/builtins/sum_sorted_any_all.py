# sum with start, sorted, any, all
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2], [3]], []), sum([(1,), (2,)], ()), sum([1j, 2], 0.5), sum(x * x for x in range(5)), sum([], start=7))
print(sum([10 ** 20, 1, -(10 ** 20)]), sum([1e100, 1, -1e100]), sum([0.5, 0.25], start=1))
for call in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()),
             lambda: sum(["a"]), lambda: sum(5), lambda: sum([1, "a"]), lambda: sum([[1]])]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([3, 1, 2]), sorted("cba"), sorted((3, 1)), sorted({2: 0, 1: 0}), sorted([]), sorted(range(5), reverse=True))
print(sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True), sorted(iter([2, 1])))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
l = [3, 1, 2]
s = sorted(l)
print(l, s, s is l)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]), any(iter([0, 0, 3])))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), any("abc"), all(""), any([[]]), all([[]]))
class Boom:
    def __bool__(self):
        raise ValueError("no truth")
try:
    any([0, Boom()])
except ValueError as e:
    print(type(e).__name__, e)
print(any([1, Boom()]), all([0, Boom()]))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
