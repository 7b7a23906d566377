# Functions as values: map/filter/sorted/min/max with key, reduce by hand.
def reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc


nums = [5, 3, 8, 1, 9, 2]
print(reduce(lambda a, b: a + b, nums, 0), reduce(max, nums, 0), reduce(lambda a, b: a * b, nums, 1))
print(list(map(str, nums)), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: w[-1]))
print(min(words, key=len), max(words, key=len), min(words), max(nums, default=0), max([], default="empty"))


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x

    return run


print(compose(str, abs, lambda x: x - 10)(3))


def partial(fn, *bound, **bound_kw):
    def call(*args, **kw):
        return fn(*bound, *args, **{**bound_kw, **kw})

    return call


power_of_two = partial(pow, 2)
print([power_of_two(i) for i in range(8)])
greet = partial("{} {} {end}".format, "hello", end="!")
print(greet("world"), greet("there", end="?"))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


print(apply_n(lambda v: v * 2, 10, 1), apply_n(lambda s: s + "a", 3, ""))
table = {name: fn for name, fn in [("abs", abs), ("neg", lambda v: -v), ("sq", lambda v: v * v)]}
print({k: table[k](-4) for k in sorted(table)})
print(sorted(zip(nums, words), key=lambda p: (p[1][0], p[0])))
print(list(enumerate(map(len, words))), sum(map(len, words)))
