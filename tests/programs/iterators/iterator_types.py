# iterator type names and behaviour for every builtin iterable
objs = [[1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), {1, 2},
        frozenset({1}), range(2), range(2 ** 70, 2 ** 70 + 2), reversed([1]), reversed(range(3)), enumerate([]), zip(), map(abs, []),
        filter(None, []), iter(lambda: 0, 0), (x for x in [])]
for o in objs:
    it = iter(o)
    name = "-" if isinstance(o, (str, range)) else type(it).__name__
    print(type(o).__name__, name, iter(it) is it, hasattr(it, "__next__"), list(it)[:3])
it = iter([1, 2, 3])
print(it.__next__(), next(it), it.__iter__() is it, list(it), it.__length_hint__() if hasattr(it, "__length_hint__") else "-")
li = iter(range(10))
print(li.__length_hint__(), next(li), li.__length_hint__())
s = iter("abc")
print("".join(s), list(s))
d = {"a": 1, "b": 2}
print(list(iter(d.items())), list(iter(d.values())), [k for k in iter(d)])
def count_items(iterable):
    n = 0
    for _ in iterable:
        n += 1
    return n
print([count_items(o) for o in [[1, 2, 3], "hello", range(7), {1: 1}, set(range(4)), (x for x in range(5)), b"xyz"]])
