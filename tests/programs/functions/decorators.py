# Decorators with and without arguments, stacking, wraps by hand.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, sorted(kwargs.items()))
        result = fn(*args, **kwargs)
        print("returned", result)
        return result

    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper


@trace
def add(a, b=2):
    "Add two numbers."
    return a + b


add(1)
add(1, b=5)
print(add.__name__, add.__doc__, add.__wrapped__(3, 4))


def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]

        return wrapper

    return deco


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("bob"))
order = []


def mark(label):
    def deco(fn):
        order.append(("decorating", label))

        def wrapper():
            order.append(("enter", label))
            return fn()

        return wrapper

    order.append(("factory", label))
    return deco


@mark("outer")
@mark("inner")
def target():
    order.append(("target",))
    return "done"


print(target())
print(order)


def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn

    return deco


handlers = {}


@register(handlers)
def on_a():
    return "a"


@register(handlers)
def on_b():
    return "b"


print(sorted(handlers), handlers["on_b"]())


class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)


@Deco
def square(x):
    return x * x


print(square(3), square(4), square.calls, type(square).__name__)


@lambda fn: fn.__name__.upper()
def shout():
    pass


print(shout)
