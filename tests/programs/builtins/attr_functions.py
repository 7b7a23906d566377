# getattr/setattr/hasattr/delattr and callable
class Obj:
    cls_attr = "class"
    def method(self):
        return "method called"
    @property
    def prop(self):
        return "property"
o = Obj()
print(getattr(o, "cls_attr"), getattr(o, "missing", "default"), getattr(o, "method")(), getattr(o, "prop"))
setattr(o, "x", 10)
print(o.x, hasattr(o, "x"), hasattr(o, "y"), hasattr(o, "prop"), hasattr(Obj, "method"), hasattr(5, "real"))
delattr(o, "x")
print(hasattr(o, "x"), getattr(o, "x", None))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(o, "prop", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(None, "x")
except AttributeError as e:
    print(type(e).__name__, e)
setattr(Obj, "added", lambda self: "added method")
print(o.added(), getattr(Obj, "added")(o))
for name in ["a", "b", "c"]:
    setattr(o, name, name.upper())
print([getattr(o, n) for n in "abc"], sorted(k for k in vars(o)))
class Dyn:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.auto_x, getattr(d, "auto_yz"), hasattr(d, "auto_"), hasattr(d, "other"), getattr(d, "other", "fallback"))
print(callable(len), callable(o.method), callable(Obj), callable(o), callable(5), callable("s"), callable(lambda: 0))
class Call:
    def __call__(self, *a):
        return a
print(callable(Call()), Call()(1, 2), callable(Call), callable(print), callable(None), callable(type))
