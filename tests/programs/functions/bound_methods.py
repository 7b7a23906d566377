# Bound and unbound methods, method objects as values.
class Counter:
    def __init__(self, start):
        self.n = start

    def inc(self, by=1):
        self.n += by
        return self.n


c = Counter(5)
m = c.inc
print(m(), m(10), c.n)
print(m.__self__ is c, m.__func__ is Counter.inc, m.__name__, m.__qualname__)
print(Counter.inc(c, 100), c.n)
print(c.inc == c.inc, c.inc is c.inc, type(m).__name__)
methods = [Counter(i).inc for i in range(3)]
print([f() for f in methods])
print(list(map(Counter(0).inc, [1, 2, 3])))
s = "a-b-c"
split = s.split
print(split("-"), str.split(s, "-"), str.upper("x"))
lst = []
add = lst.append
for i in range(3):
    add(i * i)
print(lst)
d = {}
setter = d.__setitem__
setter("k", "v")
print(d, d.get("k"), dict.get(d, "k"))


class WithStatic:
    @staticmethod
    def s(x):
        return x * 2

    @classmethod
    def c(cls, x):
        return cls.__name__, x


w = WithStatic()
print(w.s(2), WithStatic.s(3), w.c(1), WithStatic.c(2), type(WithStatic.c).__name__)
c.inc = lambda: "instance attribute shadows method"
print(c.inc(), Counter.inc(c))
