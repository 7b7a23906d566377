# Creating classes with type(name, bases, dict).
def init(self, v):
    self.v = v


Dyn = type("Dyn", (), {"__init__": init, "double": lambda self: self.v * 2, "tag": "dynamic"})
d = Dyn(21)
print(Dyn.__name__, d.double(), d.tag, type(d).__name__, Dyn.__bases__)
Sub = type("Sub", (Dyn,), {"triple": lambda self: self.v * 3})
s = Sub(5)
print(s.double(), s.triple(), [c.__name__ for c in Sub.__mro__])
print(type(Dyn).__name__, type(type).__name__, type(object).__name__)
print(isinstance(Dyn, type), isinstance(s, Dyn))
Empty = type("Empty", (object,), {})
print(Empty.__qualname__, Empty.__module__)
try:
    type("Bad", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("x")
    print("one-arg type:", type("x").__name__)
    type("a", "b")
except TypeError as e:
    print("TypeError:", e)
Point = type("Point", (), {"__slots__": ("x", "y")})
pt = Point()
pt.x = 1
print(pt.x, hasattr(pt, "__dict__"))
ns = {"counter": 0}
exec("def inc(self):\n    type(self).counter += 1\n    return self.counter", ns)
Counter = type("Counter", (), {"counter": 0, "inc": ns["inc"]})
c = Counter()
print(c.inc(), c.inc(), Counter.counter)
