"""`yield from` a plain generator steps it inside the delegating frame's
eval loop: values, sends, return values, errors and generator state must be
exactly those of the generic delegation."""
import sys


def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return ("leaf", n, got)


def middle(n):
    r = yield from leaf(n)
    s = yield from leaf(1)
    return (r, s)


def top(n):
    r = yield from middle(n)
    yield ("done", r)


print(list(top(3)))

g = top(2)
print(next(g), g.send("a"), g.send("b"), g.send("c"))
print(next(g, "end"))


# The delegate is running while it runs, suspended between items.
def watch():
    yield inner_gen.gi_running
    yield outer_gen.gi_running


def outer_fn():
    yield from inner_gen


inner_gen = watch()
outer_gen = outer_fn()
print(list(outer_gen), inner_gen.gi_running, inner_gen.gi_frame)


# StopIteration inside a delegate becomes RuntimeError (PEP 479).
def bad():
    yield 1
    raise StopIteration("inner")


def wraps_bad():
    yield from bad()


try:
    print(list(wraps_bad()))
except RuntimeError as e:
    print("RuntimeError:", e, "from", repr(e.__cause__))


# An exception from deep inside is caught by an intermediate level.
def raiser(k):
    yield k
    raise ValueError(k)


def catcher():
    try:
        yield from raiser(5)
    except ValueError as e:
        yield ("caught", e.args)
    yield "after"


print(list(catcher()))


# throw() and close() reach the innermost suspended delegate.
def closing():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield ("inner got", e.args)
    finally:
        print("inner finally")


def delegating():
    try:
        yield from closing()
    finally:
        print("outer finally")


d = delegating()
print(next(d), d.throw(KeyError("k")))
d.close()
d = delegating()
next(d)
d.close()


# Delegating to a generator that is already exhausted, and to non-generators.
def exhausted():
    return "x"
    yield


e = exhausted()
print(list(e))


def to_exhausted():
    r = yield from e
    yield r


def to_list():
    r = yield from [1, 2]
    yield r


print(list(to_exhausted()), list(to_list()))


# A delegate that is the running generator itself.
def selfish():
    yield from me


me = selfish()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)


# Deep delegation chains and recursion.
def chain(depth):
    if depth == 0:
        yield "bottom"
        return depth
    r = yield from chain(depth - 1)
    return r + 1


c = chain(200)
print(next(c), next(c, "fin"))
sys.setrecursionlimit(150)
try:
    list(chain(400))
except RecursionError as err:
    print("RecursionError:", err)
sys.setrecursionlimit(1000)


# An uncaught error from three levels down: the traceback names each level.
def third():
    yield 1
    1 / 0


def second():
    yield from third()


def first():
    yield from second()


for v in first():
    print("item", v)
