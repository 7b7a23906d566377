# Functions returning iterators, iterator protocol by hand.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(5)))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)


def take(n, iterable):
    out = []
    it = iter(iterable)
    while len(out) < n:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


print(take(3, Countdown(10)), take(5, "ab"))


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), 25 in Seq())
sentinel_iter = iter(Countdown(3).__next__, 1)
print(list(sentinel_iter))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
