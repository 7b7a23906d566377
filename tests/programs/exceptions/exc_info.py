# sys.exc_info() and sys.exception() style inspection while handling.
import sys

print(sys.exc_info())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, tb.tb_lineno)
    try:
        raise KeyError("nested")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info())


def inner():
    return sys.exc_info()[1]


try:
    raise IndexError("seen by callee")
except IndexError:
    print(repr(inner()))
print(inner())


def gen():
    yield sys.exc_info()[0]


try:
    raise TypeError
except TypeError:
    g = gen()
    print(next(g))
try:
    raise RuntimeError("tb")
except RuntimeError as e:
    print(e.__traceback__ is sys.exc_info()[2], e.__traceback__.tb_next)
e2 = ValueError("no traceback yet")
print(e2.__traceback__)
print(e2.with_traceback(None) is e2)
