# Deleting and rebinding names in different scopes.
a = 1
del a
a = "rebound"
print(a)


def f():
    b = 1
    del b
    b = 2
    return b


print(f())


def closure_delete():
    c = "cell"

    def read():
        return c

    del c
    try:
        return read()
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(closure_delete())


class K:
    attr = 1
    del attr


print(hasattr(K, "attr"))
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
