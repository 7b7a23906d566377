from collections.abc import Callable, Iterator, Mapping, Sequence
import types

print(Callable[[int, str], int], Callable[..., int], Callable[[], None])
print(Sequence[int], Mapping[str, int], Iterator["Foo"])
alias = Sequence[int]
print(alias.__origin__ is Sequence, alias.__args__, Callable[[int], str].__args__)
print(alias == Sequence[int], alias != Sequence[str])


def f(x: Callable[[int], int]) -> Sequence[int]:
    return [x(1)]


print(f(lambda v: v + 1), f.__annotations__["return"])
try:
    isinstance([], Sequence[int])
except TypeError as e:
    print(e)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
print(types.FunctionType, types.GeneratorType, types.ModuleType, types.NoneType)
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), "k" in mp)
