# builtins used as first-class functions and combined
funcs = [len, str, repr, abs, bool, type, sorted, list, tuple, hash, id if False else ascii]
for f in funcs:
    print(f.__name__, f("héllo") if f not in (abs, hash) else f(-7))
print(list(map(len, ["a", "bb", ""])), list(map(int, ["1", "-2"])), list(map(str.strip, [" a ", "b "])))
print(sorted(["b", "C", "a"], key=str.lower), max(["x", "yyy", "zz"], key=len), min([3, -4, 1], key=abs))
print(list(filter(str.isdigit, ["1", "a", "22"])), list(filter(bool, [0, 1, "", "x"])), list(map(bool, [0, 1])))
print(sum(map(int, "12345")), "".join(map(chr, range(97, 102))), list(map(ord, "AZ")), list(map(divmod, [7, 9], [2, 4])))
print(list(map(pow, [2, 3], [3, 2])), list(map(round, [1.5, 2.5, 3.14159], [0, 0, 2])), list(map(max, [1, 5], [3, 2], [2, 9])))
print(list(zip(*map(divmod, range(10, 15), [3] * 5))), dict(map(reversed, {"a": 1, "b": 2}.items())))
compose = lambda *fs: (lambda x: [x := f(x) for f in fs][-1])
print(compose(str, len, bin)(12345), compose(abs, float, str)(-3))
apply_all = lambda fs, v: [f(v) for f in fs]
print(apply_all([int, float, str, bool, repr], "7" if False else 7))
print(apply_all([min, max, sum, len, sorted], [3, 1, 2]))
table = {"len": len, "upper": str.upper, "rev": lambda s: s[::-1], "count_a": lambda s: s.count("a")}
for name, fn in table.items():
    print(name, fn("banana"))
print(callable(table["len"]), getattr(str, "upper")("x"), getattr([1, 2], "__len__")(), isinstance(len, type(print)))
