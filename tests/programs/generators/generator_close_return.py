# Return values surface through StopIteration and yield from, and close().
def producer():
    total = 0
    try:
        while True:
            x = yield
            if x is None:
                return total
            total += x
    finally:
        print("producer cleanup, total", total)


def collect():
    result = yield from producer()
    print("collect got", result)
    return result * 2


c = collect()
next(c)
for v in [1, 2, 3]:
    c.send(v)
try:
    c.send(None)
except StopIteration as e:
    print("final", e.value)
p = producer()
next(p)
p.send(5)
p.close()
print("closed")


def gen_returns_none():
    yield 1


g = gen_returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value is", e.value)
