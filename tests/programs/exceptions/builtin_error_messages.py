# Messages of common built-in errors.
cases = [
    "int('abc')", "int('')", "float('x1')", "[].index(3)", "'abc'.index('z')", "(1, 2).index(9)",
    "chr(-1)", "ord('ab')", "ord('')", "{}['k']", "[1][5]", "'s'[10]", "(1,)[3]", "None.attr",
    "(1).foo", "'x' + 1", "1 + 'x'", "[] + ()", "len(5)", "abs('s')", "1 / 0", "1 // 0", "1 % 0",
    "2.0 / 0", "divmod(1, 0)", "int('5', 99)", "list(5)", "iter(None)", "next(iter([]))",
    "'a' * 'b'", "[1, 2] < 'a'", "sum(['a', 'b'])", "sorted([1, 'a'])", "max([])", "min(1)",
    "'{}'.format()", "'{0} {2}'.format(1, 2)", "'%d' % 'x'", "'%s %s' % (1,)", "dict(1)",
    "set([[]])", "frozenset({1}).add", "{1: 2}.popitem() and {}.popitem()", "[].pop(0)",
    "range(1, 2, 0)", "bytes(-1)", "b'a' + 'b'", "'a'.join([1])", "int(None)", "float([])",
    "hash([])", "getattr(1, 'x')", "setattr(1, 'x', 2)", "object().__dict__", "pow(0, -1)",
    "round('x')", "'abc'.split('')", "[].remove(1)", "tuple(1)", "complex('x')",
]
for src in cases:
    try:
        result = eval(src)
        print(f"{src!s:40} -> no error: {result!r}")
    except Exception as e:
        print(f"{src!s:40} -> {type(e).__name__}: {e}")
