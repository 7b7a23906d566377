def f(): pass
def f(a): pass
def f(a, b): pass
def f(a=1): pass
def f(a, b=1, c=2): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, *, b): pass
def f(a, *, b=1, c): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a, b, /, c, d=1, *e, f, g=2, **h): pass
def f(a=1, /, b=2, *, c): pass
def f(a: int, b: str = 'x', *c: tuple, d: float, **e: dict) -> None: pass
def f(*args: *Ts): pass
def f(a,): pass
def f(*, a,): pass
def f(**k,): pass
def f(a, b=1, /, c=2): pass
@decorator
def f(): pass
@decorator()
@decorator.attr
@decorator[0](1)
@(lambda f: f)
@x := y
def f(): pass
async def f():
    await x
    await x.y()
    async for a in b: pass
    async with a as b: pass
    async with a, b: pass
    async for a in b:
        pass
    else:
        pass
    return await x
    [x async for x in y]
    (await x for x in y)
    await (yield)
@dec
async def g(): pass
def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    x = yield 1
    yield from x
    x = yield from y
    await_ = (yield)
    f((yield))
    return (yield from z)
def f(a, b):
    "docstring"
    def inner():
        nonlocal a
        a = 1
    return inner
lambda: (yield)
