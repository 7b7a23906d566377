# CPython's exact TypeError messages for bad calls.
def f(a, b):
    return a + b


def g(a, b=1, *, c):
    return a


def h(x, /, y):
    return x


def k(*, only):
    return only


class C:
    def m(self, x):
        return x


five, text, nothing = 5, "s", None
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, z=3),
    lambda: f(1, 2, a=3),
    lambda: g(1),
    lambda: g(1, 2, 3, c=4),
    lambda: g(),
    lambda: h(x=1, y=2),
    lambda: h(1),
    lambda: k(1),
    lambda: k(),
    lambda: k(only=1, other=2),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: f(*1),
    lambda: f(**1),
    lambda: f(**{1: 2}),
    lambda: f(1, **{"b": 2, "a": 3}),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y, z: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
