"""A local read fused with the instruction after it (`self.x`, `i + 1`,
`a[i]`, `n < k`, `obj.m()`, `obj.x = v`) must behave as the two instructions
apart: each site below runs warm, then sees operands its cache did not."""


class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def put(self, v):
        self.x = v
        return self


class S:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class Prop:
    @property
    def x(self):
        return "prop-x"

    @x.setter
    def x(self, v):
        print("setter", v)


def read(o):
    return o.x


def write(o, v):
    o.x = v


def call_get(o):
    return o.get()


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


def chain(a, b, c):
    t = a * b
    return t * c - a


def less(a, b):
    if a < b:
        return "lt"
    return "ge"


def le_value(a, b):
    return a <= b


def index(seq, i):
    return seq[i]


def describe(e):
    return type(e).__name__ + ": " + str(e)


for i in range(40):
    read(P(i))
    write(P(i), i)
    call_get(P(i))
    add(i, 1)
    sub(i, 1)
    mul(i, 3)
    div(float(i), 2.0)
    chain(1.5, 2.0, 3.0)
    less(i, 20)
    le_value(i, 20)
    index([1, 2, 3], i % 3)

# Attribute loads: other shapes, a slot, a property, a missing attribute.
odd = P(1)
odd.y = 2
print(read(P(5)), read(odd), read(S(6)), read(Prop()))
try:
    read(object())
except AttributeError as e:
    print(describe(e))
empty = S.__new__(S)
try:
    read(empty)
except AttributeError as e:
    print(describe(e))

# Attribute stores: other shapes, a slot, a property setter, no such slot.
p = P(0)
write(p, "a")
q = P(0)
q.extra = 1
write(q, "b")
s = S(0)
write(s, "c")
write(Prop(), "d")
print(p.x, q.x, s.x)
try:
    write(object(), 1)
except AttributeError as e:
    print(describe(e))

# Method calls: a method shadowed by an instance attribute, another class.
shadow = P(3)
shadow.get = lambda: "instance-get"
print(call_get(P(4)), call_get(shadow), call_get(S(7)))
P.get = lambda self: "replaced"
print(call_get(P(8)))

# Arithmetic: big ints, overflow, floats, mixed, str, zero divisor.
big = 2 ** 62
print(add(big, big), sub(-big, big), mul(big, 4), mul(3, 4))
print(add(1.5, 2), add("ab", "cd"), sub(2.5, 0.5), mul([1], 2))
print(div(7.0, 2.0), div(7, 2), div(1.0, 3))
try:
    div(1.0, 0.0)
except ZeroDivisionError as e:
    print(describe(e))
try:
    add(1, "x")
except TypeError as e:
    print(describe(e))
x = 2.0
print(chain(x, x, x), x, chain(2, 3, 4), chain(1.5, 2, 10 ** 20))

# Comparisons: floats, big ints, strs, with and without a branch.
print(less(1.5, 2), less(big * 4, big), less("a", "b"), le_value(3, 3.0))
try:
    less(1, "x")
except TypeError as e:
    print(describe(e))

# Indexing: negative, out of range, tuples, dicts, list subclasses.
class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))


print(index([1, 2, 3], -1), index((4, 5), 1), index({2: "two"}, 2), index(L([9]), 0))
try:
    index([1, 2, 3], 3)
except IndexError as e:
    print(describe(e))
try:
    index([1, 2], big * 4)
except IndexError as e:
    print(describe(e))


# An unbound local in the middle of a fused run raises at its own line.
def unbound(flag):
    a = 1
    if flag:
        b = 2
    return a + b


for flag in (True, True, True, False):
    try:
        print(unbound(flag))
    except UnboundLocalError as e:
        print(describe(e))


# Runs of locals ending in an attribute, and an accumulating float loop.
def runs(o, k, acc):
    for i in range(k):
        acc = acc + o.x * i
    return acc, o.x, k


print(runs(P(0.5), 100, 0.0), runs(S(2), 10, 0), runs(P("s"), 3, ""))


# Globals as operands: rebinding a global or shadowing a builtin misses.
LIMIT = 10


def under_limit(n):
    return n < LIMIT


def biggest(xs):
    return max(xs) + LIMIT


for i in range(30):
    under_limit(i)
    biggest([i, 1])
LIMIT = 2.5
print(under_limit(2), under_limit(3), biggest([1, 2]))
max = lambda xs: "shadowed"
try:
    biggest([1])
except TypeError as e:
    print(describe(e))
del max


# Returns fused with a load: from generators run by a for loop, from
# __init__ (None, or the TypeError for anything else), and plain copies.
def gen(n):
    k = 0
    while k < n:
        yield k
        k += 1
    return k


class Init:
    def __init__(self, v):
        self.v = v
        r = None
        if v < 0:
            r = v
        return r


def copies(x):
    y = x
    x = x
    z = y
    return z


for i in range(30):
    print(sum(gen(i % 4)), end=" ")
    Init(i)
    copies(i)
print()
print(Init(3).v, copies("c"), copies([1]))
try:
    Init(-1)
except TypeError as e:
    print(describe(e))



# One store site, instances of several classes and shapes (two are cached).
class Base:
    def set_mark(self, m):
        self.mark = m
        return self


class A(Base):
    def __init__(self):
        self.a = 1
        self.mark = 0


class B(Base):
    def __init__(self):
        self.mark = 0
        self.b = 2


class C(Base):
    def __init__(self):
        self.c = 3


class Guarded(Base):
    @property
    def mark(self):
        return "guarded"

    @mark.setter
    def mark(self, v):
        print("Guarded.mark =", v)


objs = [A(), B(), A(), B()]
for i in range(40):
    for o in objs:
        o.set_mark(i)
print([o.mark for o in objs])
c = C()
c.set_mark("new")
dictmode = A()
dictmode.z = 1
del dictmode.z
dictmode.set_mark("dict mode")
Guarded().set_mark("via setter")
print(c.mark, dictmode.mark, vars(dictmode))
B.mark = property(lambda self: "class property", lambda self, v: print("B setter", v))
objs[1].set_mark("after class change")
print(objs[0].mark, objs[1].mark)
