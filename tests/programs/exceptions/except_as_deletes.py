# The name bound by `except ... as e` is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)


def f():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return f"UnboundLocalError: {err} (saved={saved!r})"


print(f())


def g():
    exc = "local"
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return "exc" in locals()


print(g())
try:
    raise TypeError("t")
except TypeError as e:
    kept = e
    del e
print(repr(kept))
