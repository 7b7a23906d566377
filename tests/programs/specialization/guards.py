"""Specialized instructions must behave exactly as the generic ones when
their guesses stop holding: every site below runs warm, then sees a change."""


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(objs):
    out = []
    for o in objs:
        out.append(o.x)
    return out


# Same site: instances with different shapes, a class attribute, a slot.
class Q:
    x = "class-x"


class S:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot-x"


ps = [P(i, -i) for i in range(5)]
odd = P(1, 2)
odd.z = 3
del odd.z  # dict mode
print(read_x(ps + [odd, Q(), S(), P(9, 9)]))

# Class attribute changes after the site specialized.
class Config:
    level = 1


def level_of(c):
    return c.level


c = Config()
print([level_of(c) for _ in range(3)])
Config.level = 2
print(level_of(c))
c.level = 3  # instance attribute now shadows
print(level_of(c))
del c.level
print(level_of(c))

# A data descriptor appears on the class after the site specialized.
def get_y(o):
    return o.y


p = P(1, 5)
print([get_y(p) for _ in range(3)])
P.y = property(lambda self: "prop-y")
print(get_y(p))
del P.y
print(get_y(p))

# Methods: redefined on the class, shadowed by an instance attribute.
def call_norm(o):
    return o.norm1()


print([call_norm(P(i, 2)) for i in range(3)])
P.norm1 = lambda self: "patched"
print(call_norm(P(0, 0)))
q = P(0, 0)
q.norm1 = lambda: "instance"
print(call_norm(q))

# __setattr__ added after STORE_ATTR specialized.
class W:
    def __init__(self, v):
        self.v = v


ws = [W(i) for i in range(4)]
W.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 10)
print(W(5).v)

# Globals and builtins changing under LOAD_GLOBAL.
def use_len(x):
    return len(x)


print([use_len("ab") for _ in range(3)])
len = lambda x: "shadowed"
print(use_len("ab"))
del len
print(use_len("abc"))

# A function's code replaced under CALL_PY_EXACT_ARGS.
def f(a):
    return a + 1


def call_f(x):
    return f(x)


print([call_f(i) for i in range(3)])
f.__code__ = (lambda a: a * 100).__code__
print(call_f(2))
f.__defaults__ = (7,)
print(call_f(2))

# Polymorphic call site: function, bound method, class, builtin, lambda.
def apply(g, v):
    return g(v)


for g in [abs, str, P(1, 1).__class__.norm1, lambda v: v * 2, int, float]:
    try:
        print(apply(g, -3) if g is not P.norm1 else apply(g, P(-3, 4)))
    except TypeError as e:
        print("TypeError", e)

# __init__ returning something other than None via the fast path.
class Bad:
    def __init__(self, v):
        self.v = v
        if v > 2:
            return v


for i in range(5):
    try:
        print(Bad(i).v)
    except TypeError as e:
        print("TypeError", e)

# Arithmetic sites that see other types, overflow, zero division.
def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


for a, b in [(1, 2), (3, 4), (2**61, 2**61), (1.5, 2.0), ("a", "b"), ([1], [2]), (True, 2)]:
    print(add(a, b), end=" ")
print()
for a, b in [(3, 4), (2**40, 2**40), (-(2**62), 2), (2.5, 2.0), ("ab", 3)]:
    print(mul(a, b), end=" ")
print()
for a, b in [(1.0, 2.0), (3.0, 4.0), (1.0, 0.0), (7, 2)]:
    try:
        print(div(a, b), end=" ")
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, end=" ")
print()

# Compares on ints, floats, strs, then mixed and NaN.
def lt(a, b):
    return a < b


nan = float("nan")
print([lt(1, 2), lt(2, 1), lt(1.0, 2.0), lt(nan, 1.0), lt("a", "b"), lt("é", "z"), lt(1, 2.5), lt((1,), (2,))])
try:
    lt("a", 1)
except TypeError as e:
    print("TypeError", e)

# Subscripts and unpacking with errors after specialization.
def at(seq, i):
    return seq[i]


data = [10, 20, 30]
print([at(data, i) for i in (0, 1, -1)])
for s, i in [(data, 5), ((1, 2), -3), ({"k": 1}, "k"), ({"k": 1}, "z"), ("str", 1)]:
    try:
        print(at(s, i))
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)


def put(seq, i, v):
    seq[i] = v


for i in range(3):
    put(data, i, i * i)
print(data)
for s, i in [(data, 3), (data, -4), ({}, "new")]:
    try:
        put(s, i, 1)
        print(s)
    except IndexError as e:
        print("IndexError", e)


def pair(t):
    a, b = t
    return a - b


print([pair((5, 3)), pair([9, 4]), pair((1, 1))])
for t in [(1, 2, 3), [1], "ab", iter([7, 2])]:
    try:
        print(pair(t))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Iteration: a list mutated while iterated, a tuple, a range, a generator.
def total(it):
    t = 0
    for x in it:
        t += x
    return t


xs = [1, 2, 3]
print(total(xs), total((4, 5)), total(range(4)), total(x for x in (1, 1)))
grow = [1, 2]
for v in grow:
    if len(grow) < 6:
        grow.append(v * 10)
print(grow)

# Module attributes replaced.
import math


def root(v):
    return math.sqrt(v)


print([root(16.0) for _ in range(3)])
math.sqrt = lambda v: "replaced"
print(root(16.0))

# Calls that take some parameters from the defaults, which then change.
def g(a, b=10, c=20):
    return a + b + c


def call_g(x):
    return g(x)


print([call_g(i) for i in range(3)])
g.__defaults__ = (1, 2)
print(call_g(5))
g.__defaults__ = None
try:
    call_g(5)
except TypeError as e:
    print("TypeError", e)


class K:
    def __init__(self, a, b=3):
        self.s = a + b

    def add(self, x, y=1):
        return self.s + x + y


print([K(i).s for i in range(3)], [K(0).add(i) for i in range(3)])
K.__init__.__defaults__ = (100,)
K.add.__defaults__ = (1000,)
print(K(1).s, K(1).add(1))

# Sites that see two classes (a base-class method on two subclasses), then
# a third, then a class that changes under them.
class Base:
    def get(self):
        return self.v

    def call(self):
        return self.m()


class Left(Base):
    def __init__(self):
        self.v = "left"

    def m(self):
        return "m-left"


class Right(Base):
    def __init__(self):
        self.w = 0
        self.v = "right"

    def m(self):
        return "m-right"


class Third(Base):
    v = "third-class-attr"

    def m(self):
        return "m-third"


objs = [Left(), Right()] * 3
print([o.get() for o in objs], [o.call() for o in objs])
print(Third().get(), Third().call())
r = Right()
Right.v = property(lambda self: "right-prop")
Left.m = lambda self: "m-left-2"
print([o.get() for o in objs], [o.call() for o in objs])
r.m = lambda: "instance-m"
print(r.call(), Left().get())

# Built-in classes called at one site: the class changes, __new__ returns
# another type, errors from __new__ and __init__, and type(x).
def make(cls, *args):
    return cls(*args)


def make1(cls, v):
    return cls(v)


for cls in [int, int, int, str, float, list, set, tuple, type, bool, range]:
    try:
        print(cls.__name__, make1(cls, "7" if cls in (int, float) else [1, 2]))
    except (TypeError, ValueError) as e:
        print(cls.__name__, type(e).__name__, e)
for v in ["x", 3, [1], None]:
    try:
        print(make1(int, v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for v in [[3, 1], (2,), "ab", 5]:
    try:
        print(make1(list, v), make1(set, v) == set(v))
    except TypeError as e:
        print(type(e).__name__, e)


class MyList(list):
    pass


for cls in [list, list, MyList, list]:
    print(type(make1(cls, (1, 2))).__name__, make1(cls, (1, 2)))


# Bound built-in methods kept in a variable, then rebound to other objects.
def call_bound(m, v):
    return m(v)


acc = []
for m in [acc.append, acc.append, [].append, {}.get, acc.append, "a-b".split, print]:
    try:
        print(call_bound(m, "-"), len(acc))
    except TypeError as e:
        print("TypeError", e)


# Generators run by a specialized for loop: exhaustion, StopIteration inside,
# exceptions caught inside and escaping, the same generator consumed twice,
# a generator resumed while it runs, and the exception state around steps.
def count_to(n):
    for i in range(n):
        yield i


def raises_stop():
    yield "a"
    raise StopIteration("inner")


def handles():
    try:
        yield 1
        raise KeyError("k")
    except KeyError as e:
        yield repr(e)
    yield 3


def consume(it):
    out = []
    for x in it:
        out.append(x)
    return out


print(consume(count_to(4)), consume(count_to(0)), consume([7, 8]), consume(handles()))
try:
    consume(raises_stop())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
g = count_to(5)
for x in g:
    print(x, consume(g))


def reenter():
    yield me_list[0].__next__()


me_list = [reenter()]
try:
    consume(me_list[0])
except ValueError as e:
    print("ValueError", e)
try:
    raise IndexError("outer")
except IndexError:
    print(consume(handles()), repr(__import__("sys").exc_info()[1]))


# Megamorphic sites (more classes than an inline cache holds): the shared
# attribute cache must notice class changes, shadowing, deletion and shape
# changes of each class separately.
class MBase:
    def __init__(self, n):
        self.n = n
        self.tag = type(self).__name__

    def kind(self):
        return "base"

    def get_n(self):
        return self.n

    def bump(self):
        self.n = self.n + 1
        return self.n


class M1(MBase):
    def kind(self):
        return "m1"


class M2(MBase):
    pass


class M3(MBase):
    def kind(self):
        return "m3"


class M4(MBase):
    pass


class M5(MBase):
    __slots__ = ()


def survey(objs):
    return [(o.tag, o.get_n(), o.kind(), o.bump()) for o in objs]


ms = [M1(1), M2(2), M3(3), M4(4), M5(5), MBase(6)]
for _ in range(3):
    print(survey(ms))
M2.kind = lambda self: "m2-new"
M4.n = property(lambda self: -4)
print(survey([m for m in ms if not isinstance(m, M4)]))
try:
    survey([ms[3]])
except AttributeError as e:
    print("AttributeError", e)
del M4.n
ms[2].kind = lambda: "instance-kind"
del ms[1].tag
ms[4].extra = "new shape"
try:
    print(survey(ms))
except AttributeError as e:
    print("AttributeError", e)
ms[1].tag = "M2-again"
print(survey(ms))


class MGetattr(MBase):
    def __getattr__(self, name):
        return "fallback-" + name


g = MGetattr(7)
del g.tag
print(survey(ms + [g]))


# __slots__ members at megamorphic sites: different indexes per class, an
# empty slot, a subclass with a property of the same name.
class S1:
    __slots__ = ("a", "b")


class S2:
    __slots__ = ("b", "a")


class S3(S1):
    __slots__ = ("c",)


class S4:
    __slots__ = ("z", "y", "a")


class S5(S2):
    @property
    def a(self):
        return "prop-a"


def set_get(o, v):
    o.a = v
    return o.a


objs = [S1(), S2(), S3(), S4(), S1(), S2()]
for k in range(3):
    print([set_get(o, k * 10 + i) for i, o in enumerate(objs)])
fresh = [S1(), S2(), S3(), S4()]
for o in fresh:
    try:
        print(o.a)
    except AttributeError as e:
        print("AttributeError", e)
try:
    set_get(S5(), 1)
except AttributeError as e:
    print("AttributeError", e)
print(S5().a, [o.a for o in objs])
