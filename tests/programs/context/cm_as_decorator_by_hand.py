# A context manager class that also works as a decorator; timing-free tracing.
class traced:
    depth = 0

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("  " * traced.depth + "-> " + self.label)
        traced.depth += 1
        return self

    def __exit__(self, et, ev, tb):
        traced.depth -= 1
        status = "ok" if et is None else f"error {et.__name__}"
        print("  " * traced.depth + f"<- {self.label} ({status})")
        return False

    def __call__(self, fn):
        def wrapper(*args, **kwargs):
            with traced(self.label):
                return fn(*args, **kwargs)

        return wrapper


@traced("outer")
def outer(n):
    with traced("block"):
        return inner(n) + 1


@traced("inner")
def inner(n):
    if n < 0:
        raise ValueError("negative")
    return n * 2


print(outer(5))
try:
    outer(-1)
except ValueError as e:
    print("ValueError:", e)
print(traced.depth)
