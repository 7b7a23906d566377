# type() one- and three-argument forms, format(), callable on builtins
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(()).__name__, type({}).__name__)
print(type(set()).__name__, type(frozenset()).__name__, type(b"").__name__, type(bytearray()).__name__, type(None).__name__)
print(type(range(1)).__name__, type(slice(1)).__name__, type(1j).__name__, type(True).__name__, type(...).__name__)
print(type(len).__name__, type([].append).__name__, type(lambda: 0).__name__, type(type).__name__, type(iter([])).__name__)
print(type(x for x in []).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(enumerate([])).__name__)
print(type(int) is type, type(object) is type, int.__class__ is type, (5).__class__ is int)
Dyn = type("Dyn", (), {"greet": lambda self, n: f"hi {n}", "k": 3})
d = Dyn()
print(Dyn.__name__, d.greet("bob"), Dyn.k, type(d) is Dyn, isinstance(d, object))
Sub = type("Sub", (Dyn, ), {})
print(Sub().greet("sub"), issubclass(Sub, Dyn), [c.__name__ for c in Sub.__mro__])
for args in [(), ("a", "b"), ("N", (), []), (1, (), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(0.5, "%"))
print(callable(int), callable(int("5")), callable(str.upper), callable("".upper), callable([].sort), callable(type(None)))
print(int("12") + int(3.9) + int(True), float("2.5") + float(1), str(5) + str(None), bool("") or bool("x"))
print(list("ab"), tuple([1]), set([2, 2]), dict([(1, 2)]), frozenset([3]), bytes(2), bytearray(b"z"), complex(1, 1))
print(int.__name__, str.__qualname__, len.__name__, print.__name__, type(print).__name__, abs.__module__ if False else "skip")
