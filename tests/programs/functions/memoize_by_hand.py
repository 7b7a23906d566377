# Hand-written memoization decorators with cache stats.
def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = fn(*args)
        cache[args] = result
        return result

    wrapper.stats = stats
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.stats, len(fib.cache), fib.__name__)


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths.stats)


def lru(maxsize):
    def deco(fn):
        order = []
        cache = {}

        def wrapper(x):
            if x in cache:
                order.remove(x)
                order.append(x)
                return cache[x]
            v = fn(x)
            cache[x] = v
            order.append(x)
            if len(order) > maxsize:
                evicted = order.pop(0)
                del cache[evicted]
            return v

        wrapper.order = order
        return wrapper

    return deco


@lru(3)
def square(x):
    print("  computing", x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    print(v, square(v), square.order)
