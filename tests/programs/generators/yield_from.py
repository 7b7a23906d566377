# yield from: delegation, return values, send/throw forwarding.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got result:", result)
    yield "outer-final"


o = outer()
print(next(o))
print(o.send("A"))
print(o.send("B"))
print(next(o, "end"))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))


def catcher():
    while True:
        try:
            yield "catcher ready"
        except KeyError as e:
            yield f"catcher handled {e!r}"


def delegator():
    yield from catcher()


d = delegator()
print(next(d))
print(d.throw(KeyError("k")))
print(next(d))
try:
    d.throw(ValueError("not handled"))
except ValueError as e:
    print("ValueError propagated:", e)


def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)


t = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print(list(tree(t)))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")


def wrap():
    yield from closer()


c = wrap()
next(c)
c.close()


def yf_iter():
    r = yield from [10, 20]
    return r


g = yf_iter()
print(list(g))
