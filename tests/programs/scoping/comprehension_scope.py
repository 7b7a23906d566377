# Comprehensions have their own scope; loop variables do not leak.
x = "outer x"
result = [x for x in range(3)]
print(result, x)
gen = [y * 2 for y in range(3)]
try:
    y
except NameError as e:
    print("NameError:", e)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])


def in_function():
    n = 10
    return [n + k for k in range(3)], {k: n for k in "ab"}, {n * k for k in range(2)}


print(in_function())
matrix = [[r * c for c in range(3)] for r in range(3)]
print(matrix)
total = 5
print([total + t for t in range(2)])
print([(lambda q: q + w)(1) for w in range(3)])
print(sorted(k for k in globals() if k in ("x", "y", "k", "t", "w")))


def walrus_leaks():
    [last := v for v in range(4)]
    return last


print(walrus_leaks())
try:
    exec("[(z := 1) for z in range(2)]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
