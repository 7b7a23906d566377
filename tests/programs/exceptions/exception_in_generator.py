# Exceptions raised inside generators propagate to the consumer.
def gen():
    yield 1
    yield 2
    raise ValueError("generator failed")
    yield 3


g = gen()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
try:
    next(g)
except StopIteration:
    print("exhausted after raising")


def cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator finally")


for x in cleanup():
    print(x)
try:
    for x in cleanup():
        print(x)
        raise KeyError("consumer")
except KeyError as e:
    print("KeyError:", e)


def catches():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("generator caught", e)


c = catches()
next(c)
print(c.throw(ValueError("thrown in")))


def stopiter():
    yield 1
    raise StopIteration("explicit")


try:
    list(stopiter())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
print(list(x for x in [1, 2]))
