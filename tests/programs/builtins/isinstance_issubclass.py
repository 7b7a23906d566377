# isinstance/issubclass with tuples and class hierarchies, type()
class A:
    pass
class B(A):
    pass
class C(B):
    pass
class D:
    pass
class E(B, D):
    pass
objs = [A(), B(), C(), D(), E(), 5, True, "s", None, [1], 3.0]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (D, int)), isinstance(o, (str, (list, float))), isinstance(o, object))
for cls in [A, B, C, D, E, bool, int, object, type]:
    print(cls.__name__, issubclass(cls, A), issubclass(cls, (D, int)), issubclass(cls, object), issubclass(cls, cls))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), isinstance(int, type), isinstance(type, type))
print(isinstance(A, type), isinstance(A(), type), issubclass(type, object), isinstance(object, type))
print(isinstance(5, ()), issubclass(int, ()), isinstance([], (tuple, (dict, (list,)))))
print(type(5), type("s"), type(A()), type(A), type(type), type(None), type(print), type(len).__name__)
print(type(5) is int, type(True) is int, type(True) is bool, type(B()) == B, type(E()).__mro__[1].__name__)
print([c.__name__ for c in E.__mro__], [c.__name__ for c in C.__bases__], E.__bases__ == (B, D))
for args in [(5, 5), (5, (int, 5)), (int, int) if False else (A(), "A")]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(5, int), (int, 5), (A(), A)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)
T = type("T", (A,), {"x": 1, "hello": lambda self: "hi"})
t = T()
print(T.__name__, t.x, t.hello(), isinstance(t, A), T.__bases__[0].__name__, type(t).__name__)
