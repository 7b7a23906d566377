# Default values: evaluated once, mutable default sharing, introspection.
evaluated = []


def make_default(v):
    evaluated.append(v)
    return v


def f(a=make_default(1), b=make_default([])):
    b.append(a)
    return b


print(evaluated)
print(f(), f(), f(5, []), f())
print(f.__defaults__)


def g(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y


print(g(1), g(2), g(3, [0]))
counter = 10


def h(n=counter):
    return n


counter = 20
print(h(), h.__defaults__)


def kw(*, a=1, b=2):
    return a, b


print(kw.__kwdefaults__, kw(b=5))
kw.__kwdefaults__ = {"a": 100, "b": 200}
print(kw())
f.__defaults__ = (7, [])
print(f(), f())


def none_defaults(a, b):
    pass


print(none_defaults.__defaults__, none_defaults.__kwdefaults__)
