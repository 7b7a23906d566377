# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def leaky():
    yield 1
    next(iter([]))
    yield 2


try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def explicit():
    yield "a"
    raise StopIteration("explicit")


g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)


def ok_return():
    yield "x"
    return "fine"


print(list(ok_return()))


def subclass():
    class MyStop(StopIteration):
        pass

    yield 1
    raise MyStop


try:
    list(subclass())
except RuntimeError as e:
    print("subclass too:", e)


class Iter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(list(Iter()), [x for x in Iter()])
