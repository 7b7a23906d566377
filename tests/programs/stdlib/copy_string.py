# copy (shallow/deep, hooks, memo) and string (constants, capwords, Template).
import copy
import string
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]["k"] is a[2]["k"], d == a)
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)


class Plain:
    def __init__(self, x, items):
        self.x = x
        self.items = items

    def __repr__(self):
        return f"Plain({self.x!r}, {self.items!r})"


p = Plain(1, [1, 2])
ps = copy.copy(p)
pd = copy.deepcopy(p)
print(ps, pd, ps.items is p.items, pd.items is p.items, type(pd).__name__)


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Hooked(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Hooked(self.v + 100)


print(copy.copy(Hooked(1)).v, copy.deepcopy(Hooked(1)).v, copy.deepcopy([Hooked(2)])[0].v)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)


class Reducer:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reducer, (self.v * 2,))


print(copy.copy(Reducer(3)).v, copy.deepcopy(Reducer(4)).v)


class State:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {"a": self.a, "extra": True}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


st = copy.deepcopy(State())
print(sorted(vars(st).items()))
P = namedtuple("P", "x y")
pp = copy.deepcopy(P([1], 2))
print(pp, type(pp).__name__)
od = OrderedDict(a=[1], b=2)
print(copy.deepcopy(od), copy.copy(defaultdict(list, {1: [2]})), copy.deepcopy(deque([1, [2]], maxlen=4)))
print(copy.copy(Counter("aab")), copy.deepcopy({1, 2, 3}), copy.copy(frozenset({1})))


class Sub(list):
    pass


sc = Sub([1, [2]])
sc.tag = "t"
scd = copy.deepcopy(sc)
print(scd, type(scd).__name__, scd.tag, scd[1] is sc[1])
print(copy.copy(len) is len, copy.deepcopy(Plain) is Plain)

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   world  of python"), string.capwords("a-b-c", "-"))
tpl = string.Template("$who likes ${what}; costs $$5")
print(tpl.substitute(who="tim", what="kung pao"))
print(tpl.substitute({"who": "ann", "what": "tea"}))
print(tpl.safe_substitute(who="bob"))
print(tpl.get_identifiers(), tpl.is_valid())
try:
    tpl.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
bad = string.Template("line one\nbad $ here")
try:
    bad.substitute()
except ValueError as e:
    print("ValueError", e)
print(bad.safe_substitute(), bad.is_valid())
print(string.Template("${a}b $a_b $").safe_substitute(a=1))
print(string.Template("$x$y").substitute(x=1, y=2))
