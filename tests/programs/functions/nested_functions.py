# Nested function definitions and their scopes.
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z

        return inner

    return middle


print(outer(1)(2)(3))


def make_ops():
    state = {"total": 0}

    def add(n):
        state["total"] += n
        return state["total"]

    def reset():
        state["total"] = 0

    return add, reset


add, reset = make_ops()
print(add(5), add(7))
reset()
print(add(1))


def recursive_inner(n):
    def go(k):
        return 1 if k <= 1 else k * go(k - 1)

    return go(n)


print(recursive_inner(6))


def conditional_def(flag):
    if flag:
        def impl():
            return "first impl"
    else:
        def impl():
            return "second impl"
    return impl()


print(conditional_def(True), conditional_def(False))


def defaults_from_enclosing():
    base = 100

    def f(x=base):
        return x

    base = 200
    return f(), base


print(defaults_from_enclosing())


def generator_closure(n):
    def gen():
        for i in range(n):
            yield i * n

    return list(gen())


print(generator_closure(4))
