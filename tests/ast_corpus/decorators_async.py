@a.b.c
@a(1)(2)
@a[1]
@a if b else c
@lambda x: x
@(yield_)
class C:
    @overload
    async def f(self, *, x: int = ...) -> 'C': ...
async def main():
    async with a as b, c as d:
        async for x in y:
            await z
    result = [await f(x) for x in y]
    gen = (await f(x) async for x in y)
    return {await a: await b async for a, b in c}
