# enumerate with start, zip including strict=True error messages
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-2)), list(enumerate([], 5)))
print(list(enumerate(range(3), 2 ** 70)))
e = enumerate("xy")
print(type(e).__name__, next(e), next(e), next(e, "done"), iter(e) is e)
for i, (a, b) in enumerate(zip("ab", "cd"), start=10):
    print(i, a, b)
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(10, 13), "xyz")))
print(list(zip([1, 2], [3, 4], strict=True)), dict(zip("abc", range(3))))
for args in [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1, 2], [1], [1, 2]), ([], [1]), ([1, 2], [1, 2], [1, 2, 3])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip([1, 2, 3], "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names, list(zip(*zip(*pairs))) == pairs)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate("a", 1.5)
except TypeError as e:
    print(type(e).__name__, e)
log = []
def gen(tag, n):
    for i in range(n):
        log.append(f"{tag}{i}")
        yield i
print(list(zip(gen("a", 3), gen("b", 2))), log)
