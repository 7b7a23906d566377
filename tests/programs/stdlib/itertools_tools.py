# itertools: output order and argument errors of every tool.
import itertools
from itertools import *
import operator


def show(label, it, n=None):
    if n is not None:
        it = islice(it, n)
    print(label, list(it))


def err(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "ok", list(islice(r, 5)) if hasattr(r, "__next__") else r)
    except Exception as e:
        print(label, type(e).__name__, e)


show("count", count(), 5)
show("count start", count(10), 3)
show("count step", count(1, 3), 4)
show("count float", count(0.5, 0.25), 4)
show("count neg", count(5, -2), 4)
print(repr(count()), repr(count(5)), repr(count(2, 3)), repr(count(1.5)), repr(count(0, 1.0)))
c = count(3)
next(c)
print(repr(c))
err("count str", count, "a")
show("cycle", cycle("abc"), 8)
show("cycle empty", cycle([]))
show("repeat", repeat(7, 3))
show("repeat neg", repeat(7, -1))
show("repeat inf", repeat("x"), 3)
print(repr(repeat(1)), repr(repeat("a", 2)))
r = repeat(1, 3)
next(r)
print(repr(r), operator.length_hint(r))
show("accumulate", accumulate([1, 2, 3, 4, 5]))
show("accumulate mul", accumulate([1, 2, 3, 4, 5], operator.mul))
show("accumulate max", accumulate([3, 1, 4, 1, 5, 9, 2], max))
show("accumulate initial", accumulate([1, 2, 3], initial=100))
show("accumulate empty", accumulate([]))
show("accumulate empty initial", accumulate([], initial=5))
show("accumulate str", accumulate(["a", "b", "c"]))
show("chain", chain("ab", [1, 2], (), range(3)))
show("chain empty", chain())
show("from_iterable", chain.from_iterable(["ab", "cd", ""]))
show("from_iterable gen", chain.from_iterable(range(i) for i in range(4)))
ch = chain([1], 5)
print(next(ch))
err("chain bad", list, ch)
show("compress", compress("ABCDEF", [1, 0, 1, 0, 1, 1]))
show("compress short", compress("ABCDEF", [1, 1]))
show("dropwhile", dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show("takewhile", takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show("filterfalse", filterfalse(lambda x: x % 2, range(10)))
show("filterfalse none", filterfalse(None, [0, 1, "", "a", None, [], [1]]))
for k, g in groupby("AAAABBBCCDAABBB"):
    print("group", k, list(g))
for k, g in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda s: s[0]):
    print("keyed", k, list(g))
print([k for k, g in groupby("AAAABBBCCD")])
groups = [(k, g) for k, g in groupby("aabbc")]
print([(k, list(g)) for k, g in groups])
gb = groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g2), list(g1))
print(list(groupby([])))
show("islice stop", islice("ABCDEFG", 2))
show("islice start stop", islice("ABCDEFG", 2, 4))
show("islice step", islice("ABCDEFG", 2, None, 2))
show("islice all", islice("ABCDEFG", 0, None))
show("islice big", islice(range(5), 1, 100, 3))
show("islice none", islice("ABC", None))
it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
err("islice neg", islice, "abc", -1)
err("islice neg start", islice, "abc", -1, 2)
err("islice step0", islice, "abc", 0, 2, 0)
err("islice str", islice, "abc", "x")
err("islice noargs", islice, "abc")
show("pairwise", pairwise("ABCDE"))
show("pairwise short", pairwise("A"))
show("starmap", starmap(pow, [(2, 5), (3, 2), (10, 3)]))
a, b = tee(range(5))
print("tee", next(a), next(a), list(b), list(a))
a, b, c = tee("xyz", 3)
print(list(a), list(b), list(c))
print(tee([1], 0))
err("tee neg", tee, [1], -1)
t1, t2 = tee(iter([1, 2, 3]))
t3, t4 = tee(t1)
print(list(t2), list(t3), list(t4))
show("zip_longest", zip_longest("ABCD", "xy", fillvalue="-"))
show("zip_longest default", zip_longest([1, 2], [3], [4, 5, 6]))
show("zip_longest none", zip_longest())
show("product", product("AB", "xy"))
show("product repeat", product(range(2), repeat=3))
show("product 2 repeat", product("ab", [0, 1], repeat=2))
show("product empty", product())
show("product empty pool", product("ab", []))
err("product neg", product, "ab", repeat=-1)
show("permutations", permutations("ABCD", 2))
show("permutations full", permutations(range(3)))
show("permutations r0", permutations("ab", 0))
show("permutations big r", permutations("ab", 3))
err("permutations neg", permutations, "ab", -1)
show("combinations", combinations("ABCD", 2))
show("combinations 3", combinations(range(5), 3))
show("combinations r0", combinations("ab", 0))
show("combinations big r", combinations("ab", 3))
err("combinations neg", combinations, "ab", -1)
err("combinations missing", combinations, "ab")
show("cwr", combinations_with_replacement("ABC", 2))
show("cwr 3", combinations_with_replacement(range(2), 3))
show("cwr empty", combinations_with_replacement("", 2))
show("cwr empty r0", combinations_with_replacement("", 0))
err("cwr neg", combinations_with_replacement, "ab", -2)
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
print(sum(1 for _ in product(range(4), repeat=4)))
print(type(chain()).__name__, type(count()).__name__, type(islice([], 1)).__name__)
print(isinstance(chain(), chain), iter(count()) is not None)
# A small real-world style use.
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
print({k: sum(v for _, v in g) for k, g in groupby(data, key=operator.itemgetter(0))})
print(list(map("".join, permutations("abc"))))
print(list(accumulate(range(1, 8), lambda a, b: a * b)))

# Argument errors.
error_cases = [
    lambda: itertools.repeat(), lambda: itertools.count("a"), lambda: itertools.count(1, "x"), lambda: itertools.cycle(5),
    lambda: itertools.accumulate(5), lambda: itertools.chain.from_iterable(5), lambda: itertools.compress(5, [1]),
    lambda: itertools.dropwhile(None, 5), lambda: itertools.zip_longest(1), lambda: itertools.zip_longest([1], fill=1),
    lambda: itertools.permutations("abc", "x"), lambda: itertools.combinations("abc", 1.5), lambda: itertools.product(5),
    lambda: itertools.groupby(5), lambda: itertools.islice(5, 2), lambda: itertools.starmap(pow, 5), lambda: itertools.pairwise(5),
    lambda: itertools.tee(5), lambda: itertools.tee([1], "x"), lambda: itertools.repeat(1, "x"), lambda: itertools.chain(1, 2),
    lambda: list(itertools.starmap(pow, [1])), lambda: itertools.islice([1], 1, 2, 3, 4), lambda: itertools.takewhile(len),
    lambda: itertools.product([1], repeat="x"), lambda: itertools.filterfalse(None), lambda: itertools.accumulate([1], initial=1, func=None),
]
for i, c in enumerate(error_cases):
    try:
        r = c()
        print(i, "ok", type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
