# Lambda expressions everywhere.
sq = lambda x: x * x
print(sq(5), sq.__name__, (lambda: None)())
print((lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(sorted([(1, "b"), (2, "a"), (1, "a")], key=lambda t: (t[1], -t[0])))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda *args: sum(args))(1, 2, 3), (lambda **kw: sorted(kw))(b=1, a=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
print(ops["+"](2, 3), ops["-"](2, 3))
print((lambda x: (yield_ := x))(3))
print([(lambda y: y * i)(10) for i in range(3)])
print(type(sq).__name__, sq.__qualname__)


class K:
    f = lambda self: "method from lambda"


print(K().f())
print((lambda: (lambda: "nested")())())
