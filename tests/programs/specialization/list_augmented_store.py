"""`c[k] op= v` at warm sites specialized for lists indexed by ints, then given other
operands: subclasses, dicts, bools and big ints as indexes, indexes out of range, a
list emptied by the operation itself, operations that raise."""


class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)


class Emptier:
    def __init__(self, target):
        self.target = target

    def __iadd__(self, other):
        self.target.clear()
        return "after"


def bump(c, k, v):
    c[k] += v
    return c


def scale(c, k):
    c[k] *= 2.5
    c[k] -= 1
    return c


def run():
    xs = [0] * 5
    for i in range(200):
        bump(xs, i % 5, i)
        bump(xs, -1 - i % 5, 1)
    print(xs)
    fs = [1.0, 2.0]
    for _ in range(100):
        scale(fs, 0)
        scale(fs, -1)
    print(fs)
    grid = [[0] * 3 for _ in range(3)]
    for i in range(90):
        grid[i % 3][i % 2] += i
    print(grid)
    # The same sites, other operands.
    print(bump(Logged([1, 2, 3]), 1, 10))
    print(bump({"a": 1}, "a", 5))
    print(bump([1, 2], True, 7))
    print(bump([1, 2], 2**70 - 2**70 + 1, 7))
    print(bump(["x", "y"], 0, "z"))
    for c, k, v in (([1, 2], 2, 1), ([1, 2], -3, 1), ([1, 2], 0, "s"), ((1, 2), 0, 1), ([1], 2**80, 1)):
        try:
            bump(c, k, v)
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)
    victim = [Emptier(None)]
    victim[0].target = victim
    try:
        bump(victim, 0, 1)
    except IndexError as e:
        print("IndexError", e, victim)
    xs = [1, 2, 3]
    xs[0] += xs[0]
    xs[1] += xs.pop()
    print(xs)
    # A dup/rotate pair that is not an augmented subscript: attributes.
    class P:
        pass
    p = P()
    p.n = 0
    for i in range(50):
        p.n += i
    print(p.n)


run()


def fails():
    a = [1, 2, 3]
    for i in range(40):
        a[i % 4] += 1


fails()
