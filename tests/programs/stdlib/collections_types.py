# collections: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap.
import collections
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap


def err(label, f, *args, **kwargs):
    try:
        print(label, "ok", f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


# deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, d.count(2), d.index(2), 3 in d, "z" in d)
d.remove("a")
d.insert(1, "ins")
d[0] = "first"
del d[2]
print(d, list(reversed(d)))
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
err("insert full", b.insert, 0, 5)
err("pop empty", deque().pop)
err("popleft empty", deque().popleft)
err("index missing", deque([1]).index, 5)
err("remove missing", deque([1]).remove, 5)
err("getitem range", deque([1]).__getitem__, 3)
err("slice", lambda: deque([1])[0:1])
err("maxlen neg", deque, [], -1)
err("add list", lambda: deque([1]) + [2])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque("ab"))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque(), repr(deque(maxlen=0)), deque([1], maxlen=0))
z = deque()
z.append(z)
print(z)
c = d.copy()
c.clear()
print(c, d, bool(c), bool(d))
it = iter(deque([1, 2, 3]))
dd = deque([1, 2, 3])
it = iter(dd)
next(it)
dd.append(4)
err("mutated", next, it)
q = deque()
for i in range(100):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
e = deque([1, 2, 3], maxlen=5)
e *= 3
print(e)
e += [7]
print(e)

# defaultdict
dl = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dl[k].append(v)
print(dl, dl["missing"], len(dl))
print(repr(defaultdict(int)), defaultdict(None, {1: 2}))
di = defaultdict(int, a=1)
di["b"] += 5
print(di, isinstance(di, dict), di.default_factory)
dn = defaultdict()
err("no factory", lambda: dn["x"])
err("bad factory", defaultdict, 5)
print(dl.copy(), type(dl.copy()).__name__)
print(defaultdict(lambda: "x", {1: 2}).get(5), dict(di))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(dict(nested["a"]), "a" in nested)
print(di | {"c": 3})

# Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(c["a"], c["z"], sorted(c.elements()), c.total())
c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract({"a": 20})
print(c, +c, -c)
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2, c=5)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3)
print(Counter(), Counter(a=0) == Counter(), Counter(a=1) <= Counter(a=2, b=1))
del c2["zz"]
del c2["a"]
print(c2)
err("fromkeys", Counter.fromkeys, "ab")
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3), list(wc), wc["the"])
cc = Counter({"x": 2, "y": 2, "z": 3, "w": 1})
print(cc.most_common())
ci = Counter(a=2, b=-1)
ci += Counter(b=2, c=-3)
print(ci)
ci -= Counter(a=5)
print(ci)

# OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
err("popitem empty", OrderedDict().popitem)
err("move missing", od.move_to_end, "zz")
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(repr(OrderedDict()), OrderedDict.fromkeys("xyz", 0), list(reversed(OrderedDict.fromkeys("abc"))))

# namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p + (3,), tuple(p), len(p))
print(Point._fields, Point._make([5, 6]), p._asdict(), p._replace(x=10))
print(type(p).__name__, isinstance(p, tuple), Point.__doc__, Point.x.__doc__)
x, y = p
print(x, y, p == (1, 2), hash(p) == hash((1, 2)))
err("missing", Point, 1)
err("too many", Point, 1, 2, 3)
err("bad kw", Point, 1, z=2)
err("make", Point._make, [1])
err("replace", p._replace, z=1)
P3 = namedtuple("P3", "a b c", defaults=[0, 1])
print(P3(5), P3(5, 6, 7), P3._field_defaults)
R = namedtuple("R", "a, def, a, _b", rename=True)
print(R._fields)
err("bad name", namedtuple, "X", ["1a"])
err("keyword", namedtuple, "X", ["class"])
err("underscore", namedtuple, "X", ["_a"])
err("dup", namedtuple, "X", ["a", "a"])
class Sub(namedtuple("Base", "a b")):
    __slots__ = ()
    def total(self):
        return self.a + self.b
print(Sub(1, 2), Sub(1, 2).total())
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
match Point(3, 4):
    case Point(x=3, y=yy):
        print("matched", yy)

# ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), list(cm), "c" in cm, cm.get("z", 0))
cm["d"] = 4
print(over, cm.maps[0] is over)
child = cm.new_child()
child["a"] = 100
print(child["a"], cm["a"], child.parents)
err("del missing", cm.__delitem__, "a")
print(dict(cm), ChainMap())
print(isinstance(cm, collections.abc.MutableMapping))
