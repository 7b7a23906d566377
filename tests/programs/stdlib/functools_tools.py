# functools: reduce, partial, caches, wrappers, ordering, dispatch.
import functools
from functools import (reduce, partial, lru_cache, cache, wraps, update_wrapper,
                       total_ordering, cmp_to_key, cached_property, singledispatch)
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.add, [], 10))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3], 7))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)

p = partial(int, base=2)
print(p("1011"), p.func is int, p.args, p.keywords)
print(repr(p))
p2 = partial(pow, 2)
print(p2(10), repr(p2))
p3 = partial(p2, 5)
print(p3(), p3.args, p3.func is pow)
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
pf = partial(f, 1, d=9)
print(pf(2), pf(2, 3, d=4))
print(repr(partial(f, "x", [1], k=None)).replace(hex(id(f)), "ADDR"))
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
class C:
    meth = partial(f, 1)
print(C().meth(2))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
for x in [1, 2, 1, 3, 2, 1, 1]:
    sq(x)
print(sq.cache_info(), sq.cache_parameters())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, tuple(info))

@lru_cache
def plain(x):
    "doc of plain"
    return x + 1
print(plain(1), plain(1), plain.cache_info(), plain.__name__, plain.__doc__, plain.__wrapped__(5))

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info())

def deco(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        "inner doc"
        return fn(*args, **kwargs) * 2
    return inner

@deco
def double_me(x):
    "Double doc."
    return x
print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4))
print(double_me.__qualname__)

def g():
    pass
def h():
    "h doc"
h.extra = 1
update_wrapper(g, h)
print(g.__name__, g.__doc__, g.extra, g.__wrapped__ is h)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1))
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v)[0].v, max([V(3), V(5), V(2)]).v)

@total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v
print(W(1) < W(2), W(1) > W(2), W(2) <= W(2), W(3) > W(2))
try:
    @total_ordering
    class Bad:
        pass
except ValueError as e:
    print("ValueError", e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)
print(type(Circle.area).__name__)

@singledispatch
def show(x):
    return f"object {x!r}"
@show.register(int)
def _(x):
    return f"int {x}"
@show.register
def _(x: list):
    return f"list of {len(x)}"
@show.register(str)
def _(x):
    return f"str {x}"
print(show(1), show(True), show([1, 2]), show("s"), show(2.5), show(None))
print(show.dispatch(bool) is show.dispatch(int))
