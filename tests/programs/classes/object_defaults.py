# Default behaviours inherited from object.
class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a, a is not b)
print(str(a) == repr(a), repr(a).startswith("<__main__.Plain object at "), format(a, "") == str(a))
print(bool(a), type(a.__dict__).__name__, a.__dict__, a.__module__, Plain.__doc__)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)


class EqNe:
    def __eq__(self, other):
        return "custom eq"


x = EqNe()
print(x == 1, x != 1, 1 == x, 1 != x)


class NeOnly:
    def __ne__(self, other):
        return "custom ne"


print(NeOnly() == NeOnly(), NeOnly() != NeOnly())
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b))
print(sorted(n for n in dir(Plain()) if n in ("__eq__", "__hash__", "__init__", "__repr__", "__dict__", "__weakref__")))
print(Plain.__name__, Plain.__qualname__, Plain.__bases__, Plain.__base__, len(Plain.__mro__))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(o).__name__, isinstance(o, object), object.__doc__.splitlines()[0])
