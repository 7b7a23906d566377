# raise: classes, instances, from, bare re-raise, non-exceptions.
def attempt(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(e), e.args, repr(e.__cause__), e.__suppress_context__)


def r1():
    raise ValueError


def r2():
    raise ValueError("msg", 2)


def r3():
    raise KeyError("k") from OSError("io")


def r4():
    raise TypeError("t") from None


def r5():
    try:
        raise IndexError("orig")
    except IndexError:
        raise


def r6():
    raise 5


def r7():
    raise ValueError("x") from 5


def r8():
    raise


def r9():
    class NotExc:
        pass

    raise NotExc


def r10():
    e = ValueError("reused")
    try:
        raise e
    except ValueError:
        pass
    raise e


def r11():
    raise ValueError("cause is class") from KeyError


for fn in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11]:
    print(fn.__name__, end=": ")
    attempt(fn)
