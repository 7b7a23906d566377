# list error messages
a = [1, 2, 3]
tests = [
    ("a.index(9)", ValueError), ("a.index(1, 1)", ValueError), ("a.remove(9)", ValueError), ("[].pop()", IndexError),
    ("a.pop(10)", IndexError), ("a[3]", IndexError), ("a[-4]", IndexError), ("a[1.5]", TypeError), ("a['x']", TypeError),
    ("a.insert(1)", TypeError), ("a.append(1, 2)", TypeError), ("a.extend(5)", TypeError), ("a + (4,)", TypeError),
    ("a * 'x'", TypeError), ("a * 1.0", TypeError), ("a < 'x'", TypeError), ("a.sort(key=5)", TypeError),
    ("a.sort(1)", TypeError), ("list(5)", TypeError), ("list(1, 2)", TypeError), ("a.pop('x')", TypeError),
    ("a[::0]", ValueError), ("a.count()", TypeError), ("del a[5]", IndexError), ("a.index()", TypeError),
    ("hash(a)", TypeError), ("a.nope", AttributeError), ("a[0:1] = 5", TypeError), ("[1] - [1]", TypeError),
]
for src, exc in tests:
    try:
        if "=" in src or src.startswith("del"):
            exec(src)
        else:
            eval(src)
        print(src, "no error")
    except exc as e:
        print(src, "->", type(e).__name__, e)
print(a)
try:
    a[2 ** 100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[2 ** 100] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[3] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2] < [1, "x"]
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] < [1, 3, "x"], [1, "x"] == [1, 2])
