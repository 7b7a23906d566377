# Generator finalization: finally blocks run on close and when dropped.
def resource(name):
    print("open", name)
    try:
        yield f"{name}-1"
        yield f"{name}-2"
    finally:
        print("close", name)


for item in resource("a"):
    print("use", item)
g = resource("b")
print(next(g))
g.close()
g = resource("c")
print(next(g))
del g
print("after del")


def consume_partially():
    r = resource("d")
    print(next(r))
    return "returning while generator suspended"


print(consume_partially())
h = resource("e")
print(next(h))
h = None
print("rebinding dropped it")


def with_else():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    else:
        print("no exception")


w = with_else()
next(w)
w.close()
print(list(with_else()))
