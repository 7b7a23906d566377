# Closures, late binding, cell sharing.
def make_adder(n):
    def add(x):
        return x + n

    return add


add3 = make_adder(3)
add10 = make_adder(10)
print(add3(1), add10(1), add3.__closure__[0].cell_contents)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


inc, get = counter()
inc()
inc()
print(get(), inc(), get())
inc2, get2 = counter()
print(inc2(), get())


def late():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 99
    return [f() for f in fns]


print(late())


def shared_cell():
    x = 1

    def read():
        return x

    x = 2
    return read


print(shared_cell()())


def outer():
    val = "outer"

    def mid():
        def inner():
            return val

        return inner

    return mid()()


print(outer())
print(make_adder.__closure__, add3.__code__.co_freevars, make_adder.__code__.co_cellvars)
