"""Exercises every function of the random module with fixed seeds and
prints the results. check_random.expected is this program's output under
CPython 3.11, written by tests/scripts/gen_random_expected.py; Krait running
this program must print exactly the same."""

import random


def show(label, fn):
    try:
        value = fn()
    except Exception as exc:  # print the error as CPython words it
        value = "%s: %s" % (type(exc).__name__, exc)
    print(label, "->", value)


SEEDS = [0, 1, 42, 12345, 2**100, -7, "hello", b"abc", bytearray(b"xyz"), "", 3.5, -2.0, True]

for seed in SEEDS:
    print("== seed", repr(seed))
    r = random.Random(seed)
    show("random", lambda: [r.random() for _ in range(5)])
    show("getrandbits", lambda: [r.getrandbits(k) for k in (0, 1, 31, 32, 33, 100, 1000)])
    show("randbytes", lambda: r.randbytes(10))
    show("randrange", lambda: [r.randrange(10), r.randrange(10**30), r.randrange(3, 100, 7),
                               r.randrange(100, 3, -7), r.randrange(-5, 5), r.randrange(7, 8)])
    show("randint", lambda: [r.randint(1, 6) for _ in range(10)])
    show("choice", lambda: [r.choice("abcdef"), r.choice(range(1000)), r.choice([None, 1.5])])
    deck = list(range(20))
    r.shuffle(deck)
    show("shuffle", lambda: deck)
    show("sample", lambda: [r.sample(range(100), 10), r.sample(list("abcdefgh"), 3),
                            r.sample(range(10**6), 30), r.sample(("a", "b"), 4, counts=[3, 2]),
                            r.sample("xyz", 0)])
    show("choices", lambda: [r.choices("abc", k=5), r.choices("abc", [1, 2, 3], k=5),
                             r.choices("abc", cum_weights=[1, 3, 6], k=5), r.choices([1, 2])])
    show("uniform", lambda: [r.uniform(1, 10), r.uniform(5, -5)])
    show("triangular", lambda: [r.triangular(), r.triangular(0, 10, 2), r.triangular(3, 3)])
    show("normalvariate", lambda: [r.normalvariate(0, 1) for _ in range(3)] + [r.normalvariate()])
    show("gauss", lambda: [r.gauss() for _ in range(3)] + [r.gauss(10, 2)])
    show("lognormvariate", lambda: r.lognormvariate(0, 0.5))
    show("expovariate", lambda: [r.expovariate(2), r.expovariate(-1)])
    show("vonmisesvariate", lambda: [r.vonmisesvariate(1, 0), r.vonmisesvariate(1, 4),
                                     r.vonmisesvariate(-2, 0.5)])
    show("gammavariate", lambda: [r.gammavariate(0.5, 1), r.gammavariate(1, 2),
                                  r.gammavariate(3, 1), r.gammavariate(0.01, 1)])
    show("betavariate", lambda: [r.betavariate(2, 3), r.betavariate(0.5, 0.5)])
    show("paretovariate", lambda: r.paretovariate(2))
    show("weibullvariate", lambda: r.weibullvariate(1, 2))
    r.gauss()
    state = r.getstate()
    first = [r.random(), r.gauss(), r.getrandbits(70)]
    r.setstate(state)
    show("setstate round trip", lambda: first == [r.random(), r.gauss(), r.getrandbits(70)])

print("== version 1 seeding")
for seed in ("hello", b"hello", "", "\xe9t\xe9"):
    r = random.Random()
    r.seed(seed, version=1)
    show("seed %r v1" % (seed,), lambda: [r.random(), r.randrange(1000)])

print("== state versions")
r = random.Random(99)
version, internal, gauss_next = r.getstate()
show("getstate shape", lambda: (version, len(internal), internal[-1], gauss_next))
signed = tuple(w - 2**32 if w >= 2**31 else w for w in internal)
r2 = random.Random()
r2.setstate((2, signed, None))
show("version 2 state", lambda: r2.random() == r.random())
show("bad version", lambda: r.setstate((9, internal, None)))
show("wrong size", lambda: r.setstate((3, internal[:10], None)))
show("bad index", lambda: r.setstate((3, internal[:-1] + (625,), None)))

print("== subclasses")


class OnlyRandom(random.Random):
    def random(self):
        return super().random()


class OwnBits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)


for cls in (OnlyRandom, OwnBits):
    r = cls(2024)
    show(cls.__name__, lambda: [r.randrange(10), r.randrange(10**20), r.choice("abc"),
                                r.sample(range(50), 5)])

print("== module functions")
random.seed(314)
show("random", lambda: random.random())
show("randint", lambda: random.randint(-10, 10))
show("choice", lambda: random.choice(["x", "y", "z"]))
items = list(range(10))
random.shuffle(items)
show("shuffle", lambda: items)
show("sample", lambda: random.sample(range(30), 4))
show("choices", lambda: random.choices(range(5), k=3))
show("uniform", lambda: random.uniform(0, 1))
show("gauss", lambda: random.gauss(0, 1))
show("getrandbits", lambda: random.getrandbits(64))
show("randbytes", lambda: random.randbytes(4))
saved = random.getstate()
a = random.random()
random.setstate(saved)
show("module setstate", lambda: random.random() == a)

print("== errors")
r = random.Random(1)
show("randrange(0)", lambda: r.randrange(0))
show("randrange(0, 0)", lambda: r.randrange(0, 0))
show("randrange(5, 0)", lambda: r.randrange(5, 0))
show("randrange(0, 10, 0)", lambda: r.randrange(0, 10, 0))
show("randrange(10, 0, 2)", lambda: r.randrange(10, 0, 2))
show("randrange(5, step=2)", lambda: r.randrange(5, step=2))
show("randrange(1.5)", lambda: r.randrange(1.5))
show("randrange(0, 2.5)", lambda: r.randrange(0, 2.5))
show("randrange(0, 10, 1.5)", lambda: r.randrange(0, 10, 1.5))
show("randrange('a')", lambda: r.randrange("a"))
show("randrange(1, 5, None)", lambda: r.randrange(1, 5, None))
show("randint(1, 'a')", lambda: r.randint(1, "a"))
show("randint(5, 1)", lambda: r.randint(5, 1))
show("choice([])", lambda: r.choice([]))
show("sample(set)", lambda: r.sample({1, 2}, 1))
show("sample(dict)", lambda: r.sample({1: 2}, 1))
show("sample too many", lambda: r.sample([1, 2], 3))
show("sample negative", lambda: r.sample([1, 2], -1))
show("sample counts size", lambda: r.sample([1, 2], 1, counts=[1]))
show("sample counts zero", lambda: r.sample([1, 2], 1, counts=[0, 0]))
show("sample counts float", lambda: r.sample([1, 2], 1, counts=[1.0, 1]))
show("choices weights size", lambda: r.choices([1, 2], [1]))
show("choices zero weights", lambda: r.choices([1, 2], [0, 0]))
show("choices inf weights", lambda: r.choices([1, 2], [1, float("inf")]))
show("choices k positional", lambda: r.choices([1], 2))
show("choices both", lambda: r.choices([1], [1], cum_weights=[1]))
show("choices bad weights", lambda: r.choices([1], ["a"]))
show("gammavariate(0, 1)", lambda: r.gammavariate(0, 1))
show("betavariate(-1, 1)", lambda: r.betavariate(-1, 1))
show("expovariate(0)", lambda: r.expovariate(0))
show("getrandbits(-1)", lambda: r.getrandbits(-1))
show("randbytes(-1)", lambda: r.randbytes(-1))
show("seed(list)", lambda: random.Random([1]))
show("seed(dict)", lambda: r.seed({}))
show("triangular(1, 1, 1)", lambda: r.triangular(1, 1, 1))
