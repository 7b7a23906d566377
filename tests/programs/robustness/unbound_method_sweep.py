# Calls every method of the built-in types unbound, with wrong-typed selves
# and odd arguments. Whatever each call raises, the interpreter must survive;
# the program prints only counts, which CPython and Krait must agree on.
types_ = [int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, slice, bool, object, property, staticmethod, classmethod, enumerate,
          zip, map, filter, reversed, BaseException, ValueError, KeyError, OSError]
samples = [0, -1, 2**70, 1.5, 1j, "", "abc", b"x", bytearray(b"y"), [], [1], (1, 2),
           {1: 2}, {1}, None, True, range(3), slice(1, 2), int, ValueError("e")]
calls = 0
for t in types_:
    for name in ("__new__", "__init__", "__repr__", "__len__", "__add__", "__getitem__"):
        m = t.__dict__.get(name)
        if m is None or not callable(m):
            continue
        for self_ in samples:
            for args in ((), (self_,), (self_, 1), (self_, "a", 2)):
                try:
                    m(*args)
                except BaseException:
                    pass
                calls += 1
print("survived", calls > 0)
