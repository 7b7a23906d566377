# a hand-written LRU cache using dict ordering, applied to memoization
class LRU:
    def __init__(self, capacity):
        self.capacity, self.data = capacity, {}
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            print("  evict", oldest)
        self.data[key] = value
    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"
c = LRU(3)
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put e 5", "get a", "put c 30", "get d"]:
    parts = op.split()
    if parts[0] == "put":
        c.put(parts[1], int(parts[2]))
        print(op, "->", c)
    else:
        print(op, "->", c.get(parts[1], "miss"), c)
def memoize(capacity):
    def deco(fn):
        cache = LRU(capacity)
        def wrapper(n):
            r = cache.get(n)
            if r is None:
                r = fn(n)
                cache.put(n, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco
@memoize(1000)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache.hits, fib.cache.misses, len(fib.cache.data))
print(fib(150), fib.cache.hits, fib.cache.misses)
