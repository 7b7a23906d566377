x = 0x10 + 1_000 - 2**10 + 10 // 3 + 10 % 3 + 1 / 4 + 2.5 * 2 + (1 << 5) + ("ab" * 3) + (-5)
y = ~5, not 0, -(1j), 1 + 2j, 1.0e20, 1e-7, 3.14, -0.0, "a" "b", b"\x00\xff'", 'it\'s', "\n\t\\"
z = (1, (2, 3), None, True, ...)
del x
s = f"{x}" f"{y!s}" f"{z=}" f"{{}}"
t = x[1:2:3], x[::], x[:]
u = a.b.c.d(e)(f)[g]
v = lambda: (yield)
w = [i for i in range(3) for j in range(i) if i if j]
global_name = __debug__
def g(a, b):
    a, b = b, a
    a, b, c = c, b, a
    return (a, b)
async def h():
    return [x async for x in y if await x]
def k(*, a, b=2, **kw):
    return {**kw, 'a': a}
print(not a in b, not a is b)
m = "%s-%r %5s %-3.2a %%" % (a, b, c, d)
n = "%d" % (x,), "%s" % x, "%s %s" % (a,), "%(k)s" % (a,), "%123s" % (a,)
