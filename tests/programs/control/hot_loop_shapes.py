# Hot loops over objects whose attribute layouts differ or change.
class P:
    def __init__(self, x):
        self.x = x


class Q:
    def __init__(self, x):
        self.y = 0
        self.x = x


class R(P):
    @property
    def x(self):
        return self._x * 100

    @x.setter
    def x(self, v):
        self._x = v


objs = [P(1), Q(2), R(3), P(4)] * 250
total = 0
for o in objs:
    total += o.x
print(total)
ps = [P(i) for i in range(2000)]
for i, p in enumerate(ps):
    if i == 1500:
        P.x = "class attribute, shadowed by instance"
    if i % 500 == 0:
        p.extra = i
print(sum(p.x for p in ps), sum(getattr(p, "extra", 0) for p in ps))
count = 0
for i in range(3000):
    o = ps[i % 10]
    if i == 2000:
        del o.x
    try:
        count += o.x
    except TypeError:
        count += 1000
print(count)
