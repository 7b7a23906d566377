# Classes implementing the iterator protocol explicitly.
class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIterator(self.limit)


class FibIterator:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fib(100)
print(list(f), list(f), sum(f), 55 in f, 56 in f)
it = iter(f)
print(next(it), next(it), next(it), list(it), next(it, "done"))


class Peekable:
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buffer = []

    def __iter__(self):
        return self

    def __next__(self):
        if self.buffer:
            return self.buffer.pop()
        return next(self.it)

    def peek(self, default=None):
        if not self.buffer:
            try:
                self.buffer.append(next(self.it))
            except StopIteration:
                return default
        return self.buffer[-1]


p = Peekable("abc")
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek("empty"))


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
