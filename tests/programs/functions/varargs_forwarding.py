# Forwarding *args/**kwargs through wrappers.
def target(a, b=0, *rest, key=None, **extra):
    return {"a": a, "b": b, "rest": rest, "key": key, "extra": sorted(extra.items())}


def forward(*args, **kwargs):
    return target(*args, **kwargs)


print(forward(1))
print(forward(1, 2, 3, 4, key="k", x=1))
print(forward(*(1, 2), **{"key": 5}))


def count_args(*args, **kwargs):
    return len(args), len(kwargs)


print(count_args(), count_args(*range(10)), count_args(**{str(i): i for i in range(4)}))
args = [1, 2]
kwargs = {"c": 3}


def mutate(*a, **k):
    a = a + (99,)
    k["new"] = 1
    return a, k


print(mutate(*args, **kwargs), args, kwargs)


def deep(*args):
    if not args:
        return 0
    return args[0] + deep(*args[1:])


print(deep(*range(20)))
print(max(*[3, 1, 4]), min(*"hello"), print(*[], sep="-"))
print(*["a", "b", "c"], sep="|", end="!\n")
