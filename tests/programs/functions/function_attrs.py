# Function introspection attributes.
def documented(a, b=2, *args, c, d=4, **kw):
    """Docstring here."""
    local = a + b
    return local


print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_name, documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount)
print(documented.__code__.co_posonlyargcount, documented.__code__.co_varnames[:7])
print(documented.__module__, documented.__dict__)
documented.custom = "attr"
print(documented.__dict__, documented.custom)


class Outer:
    def method(self):
        def inner():
            pass

        return inner

    class Nested:
        def deep(self):
            pass


print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Nested.deep.__qualname__)
print((lambda: 0).__qualname__, (lambda: 0).__name__)


def no_doc():
    pass


print(no_doc.__doc__, callable(no_doc), type(no_doc).__name__)
documented.__name__ = "renamed"
print(documented.__name__, documented.__code__.co_name)
print(sorted(k for k in dir(documented) if k in ("__call__", "__get__", "__code__", "__globals__")))
print(documented.__globals__ is globals())


def annotated(x: int, y: "str" = "a") -> list:
    return [x, y]


print(annotated.__annotations__)
print(Outer.method.__name__, type(Outer().method).__name__, Outer().method.__func__ is Outer.method)
