# global and nonlocal declarations.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


print(bump(), bump(), counter)


def make_global():
    global created_later
    created_later = "made inside function"


make_global()
print(created_later)


def outer():
    x = "outer"

    def inner():
        nonlocal x
        x = "changed by inner"

    inner()
    return x


print(outer())


def chain():
    a = 1

    def mid():
        def deep():
            nonlocal a
            a += 10
            return a

        return deep()

    r = mid()
    return r, a


print(chain())


def shadow():
    counter = "local"

    def inner():
        global counter
        return counter

    return counter, inner()


print(shadow())


def multi():
    global g1, g2
    g1, g2 = 1, 2


multi()
print(g1, g2)
