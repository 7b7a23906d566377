# Truth values of builtin and user objects in conditions.
values = [0, 1, -1, 0.0, 0.5, 0j, 1j, "", "a", b"", b"x", [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, range(0), range(1)]
for v in values:
    print(repr(v), "true" if v else "false", bool(v))


class AlwaysFalse:
    def __bool__(self):
        return False


class Empty:
    def __len__(self):
        return 0


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Plain:
    pass


for obj in [AlwaysFalse(), Empty(), Both(), Plain()]:
    print(type(obj).__name__, bool(obj), not obj)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class BadLen:
    def __len__(self):
        return -1


try:
    if BadLen():
        pass
except ValueError as e:
    print("ValueError:", e)
x = AlwaysFalse() or "fallback"
print(x)
print([v for v in values if v][:5])
