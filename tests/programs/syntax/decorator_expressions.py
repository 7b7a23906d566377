# Arbitrary expressions as decorators (PEP 614).
registry = {}
decorators = [lambda f: f, lambda f: (registry.setdefault("list", f), f)[1]]


class NS:
    def tag(self, name):
        def deco(f):
            registry[name] = f
            return f

        return deco


ns = NS()


@decorators[1]
def one():
    return 1


@ns.tag("two")
def two():
    return 2


@(lambda f: f)
def three():
    return 3


@registry.setdefault("cond", (lambda f: f) if True else None)
def four():
    return 4


print(one(), two(), three(), four(), sorted(registry))
print(registry["list"] is one, registry["two"] is two)
