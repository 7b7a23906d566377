# with statement protocol: enter value, exit arguments, ordering.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return f"value-of-{self.name}"

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress


with CM("a") as v:
    print("body with", v)
with CM("b"):
    print("no as-target")
try:
    with CM("c"):
        raise ValueError("inside c")
except ValueError as e:
    print("propagated:", e)
with CM("d", suppress=True):
    raise KeyError("suppressed")
print("after suppressed exception")


def early_return():
    with CM("e"):
        return "returned from with"


print(early_return())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")
with CM("f") as (first, *rest):
    pass
print(first, rest[:3])
holder = {}
with CM("g") as holder["key"]:
    pass
print(holder)
