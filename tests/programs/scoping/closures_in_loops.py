# Closures capturing loop variables: cells are per scope, not per iteration.
callbacks = []
for i in range(3):
    callbacks.append(lambda: i)
print([cb() for cb in callbacks])
callbacks = []
for i in range(3):
    callbacks.append(lambda i=i: i)
print([cb() for cb in callbacks])


def make(n):
    return lambda: n


print([make(i)() for i in range(3)])


def in_function():
    out = []
    for j in range(3):
        def f():
            return j
        out.append(f)
    j = "rebound"
    return [f() for f in out]


print(in_function())


def while_closure():
    fns = []
    k = 0
    while k < 3:
        fns.append(lambda: k)
        k += 1
    return [f() for f in fns]


print(while_closure())
adders = {name: (lambda v, n=n: v + n) for n, name in enumerate(["zero", "one", "two"])}
print({k: f(10) for k, f in adders.items()})
