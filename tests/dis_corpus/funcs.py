def f(a, b=1, *args, c, d=2, **kw) -> int:
    "docstring"
    return a + b

def g(x: int, /, y: str = "s", *, z: float = 1.0) -> None:
    pass

@decorator
@other(1)
def h():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner

def gen():
    yield 1
    x = yield
    yield from range(3)
    return 5

async def co():
    await something()
    async for x in aiter():
        print(x)
    async with ctx() as c:
        pass
    return [y async for y in z]

async def agen():
    yield 1

def closure():
    a = 1
    b = 2
    def f(c):
        return a + b + c
    return f

def uses_global():
    global G
    G = 1
    return G + H

def comps(n):
    a = [i * 2 for i in range(n) if i]
    b = {i: j for i, j in items}
    c = {i for i in a for j in b}
    d = (x for x in a)
    e = [y for x in a for y in [x]]
    return a, b, c, d, e

def walrus(data):
    if (n := len(data)) > 10:
        return n
    return [y := f(x) for x in data], y

def defaults(a=[], b={}, c=(1, 2)):
    return lambda: a
