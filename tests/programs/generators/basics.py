# Generator basics: laziness, state, exhaustion, gi_ attributes.
def counter(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  done")


g = counter(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print("created, nothing run yet")
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "exhausted"))


def empty():
    return
    yield


print(list(empty()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])
g2 = counter(1)
print(g2.gi_running, g2.gi_frame is not None)
next(g2)
try:
    next(g2)
except StopIteration:
    print("StopIteration; frame cleared:", g2.gi_frame is None)
print(iter(g2) is g2)


def gen_with_return():
    yield 1
    return "result value"


it = gen_with_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
