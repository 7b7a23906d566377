# Keyword arguments: ordering, **kwargs merge, dict unpack precedence.
def show(*args, **kwargs):
    return args, list(kwargs.items())


print(show(1, 2, x=1, y=2))
print(show(y=2, x=1))
print(show(**{"b": 1, "a": 2}, c=3))
print(show(*range(3), **dict(z=26)))


def area(width, height):
    return width * height


print(area(height=3, width=4), area(2, height=5))
opts = {"height": 10}
print(area(1, **opts))
try:
    area(1, 2, **opts)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)


def keep_order(**kw):
    return list(kw)


print(keep_order(z=1, a=2, m=3))
print(dict(a=1, b=2), dict([("x", 1)], y=2))


def f(a, b=2, **kw):
    return a, b, kw


print(f(1, c=3), f(a=5), f(1, 2, b2=3))
