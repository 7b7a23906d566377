# iteration via the legacy __getitem__ sequence protocol
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        print("  getitem", i)
        return i * i
sq = Squares(4)
print(list(sq))
print(9 in sq)
it = iter(sq)
print(type(it).__name__, next(it), next(it))
for v in Squares(2):
    print("loop", v)
a, b, c = Squares(3)
print(a, b, c)
class Endless:
    def __getitem__(self, i):
        if i > 5:
            raise StopIteration
        return chr(65 + i)
print(list(Endless()), "".join(Endless()), "C" in Endless())
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)
class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __iter__(self):
        return iter([100, 200])
    def __getitem__(self, i):
        return -1
print(list(Both()), Both()[0])
print(sorted(Squares(3), reverse=True), max(Squares(5)), dict(enumerate(Squares(2))))
