# hand-written iterator classes implementing __iter__ and __next__
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)), list(Countdown(0)), sum(Countdown(100)))
c = Countdown(3)
print(iter(c) is c, next(c), list(c), list(c))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(100)
print(list(f), list(f), 55 in f, 56 in f, max(f))
class Pairs:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return PairIter(self.items)
class PairIter:
    def __init__(self, items):
        self.items, self.i = items, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i + 1 >= len(self.items):
            raise StopIteration
        pair = (self.items[self.i], self.items[self.i + 1])
        self.i += 1
        return pair
p = Pairs("abcd")
print(list(p), dict(p), [x + y for x, y in p])
for a, b in Pairs([1, 2, 3]):
    print(a, b, end="; ")
print()
a, b, *rest = Countdown(6)
print(a, b, rest, sorted(Countdown(4)), tuple(Countdown(2)), set(Countdown(3)), "-".join(map(str, Countdown(4))))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 3.5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
