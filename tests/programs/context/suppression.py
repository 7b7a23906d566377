# __exit__ return values: truthy suppresses, exceptions in __exit__ replace.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False


with Suppress(KeyError, IndexError) as s:
    [][5]
print("suppressed:", repr(s.caught))
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)


class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "non-empty string is truthy"


with Truthy():
    raise ValueError("gone")
print("Truthy suppressed")


class Replace:
    def __enter__(self):
        pass

    def __exit__(self, et, ev, tb):
        raise RuntimeError("raised in __exit__")


try:
    with Replace():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))


def suppressed_in_function():
    with Suppress(ValueError):
        raise ValueError
        return "never"
    return "after with"


print(suppressed_in_function())
count = 0
for i in range(5):
    with Suppress(ZeroDivisionError):
        count += 1
        1 / (i % 2)
        count += 100
print(count)
