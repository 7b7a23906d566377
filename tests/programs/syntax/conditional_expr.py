# Conditional expressions and boolean short-circuit values.
def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(x) for x in (-2, 0, 2)])
a = 1 if True else 1 / 0
b = 1 / 0 if False else 2
print(a, b)
print((lambda x: "even" if x % 2 == 0 else "odd")(7))
print(0 or 1, 0 and 1, 2 or 3, 2 and 3, None or "x", "" and "y")
print([] or [0], [0] or [], not [], not [0])
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last")
calls = []
def t(x):
    calls.append(x)
    return x
t(0) and t(1)
t(1) or t(2)
t(0) or t(3) and t(4)
print(calls)
x = 5
print("big" if x > 3 else "small", ("big" if x > 10 else "small"))
nested = [("a" if i % 3 == 0 else "b" if i % 3 == 1 else "c") for i in range(7)]
print(nested)
print(sum(i if i % 2 else -i for i in range(10)))
val = None
print(val if val is not None else "default")
print(True + True, True * 10, False - 1)
