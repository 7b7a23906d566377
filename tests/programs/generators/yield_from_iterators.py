# yield from plain iterators: send/throw behaviour differs from generators.
def from_list():
    yield from [1, 2, 3]
    return "list done"


g = from_list()
print(next(g), g.send(None), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
g = from_list()
next(g)
try:
    g.send("not None")
except AttributeError as e:
    print("AttributeError:", e)
g = from_list()
next(g)
try:
    g.throw(KeyError("into list iterator"))
except KeyError as e:
    print("KeyError:", e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def from_custom():
    r = yield from Countdown(3)
    print("returned", r)


print(list(from_custom()))


def from_string():
    yield from "ab"
    yield from b"c"
    yield from {"k": 1}
    yield from range(2)


print(list(from_string()))
try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print("TypeError:", e)
