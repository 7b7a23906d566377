"""The TypeError of an in-place operator names the in-place form (`+=`), also when the
left operand is an int, float or str, which have no in-place methods, and also from a
specialized site that saw ints first."""

for a, b in ((1, "s"), (1.5, []), ("s", 1), (2, None), (True, "t")):
    for op in ("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="):
        try:
            x = a
            exec(f"x {op} b")
            print(op, repr(x))
        except TypeError as e:
            print(e)


def add_to(a, b):
    a += b
    return a


def mul_to(a, b):
    a *= b
    return a


for i in range(100):
    add_to(i, 1)
    mul_to(1.5, 2.0)
for a, b in ((1, "s"), (2.0, "s"), ("s", 2.0), ([1], 1)):
    for fn in (add_to, mul_to):
        try:
            print(fn(a, b))
        except TypeError as e:
            print(fn.__name__, e)
