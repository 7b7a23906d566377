# __getattr__, __getattribute__, __setattr__, __delattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("getattr", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("setattr", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("delattr", name))
        delattr(self._target, name)


class Target:
    def __init__(self):
        self.x = 1

    def hello(self):
        return "hello from target"


t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.y = 5
print(t.y)
del p.x
print(hasattr(t, "x"), p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Counting:
    def __init__(self):
        self.hits = 0

    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)

    def method(self):
        return "m"


c = Counting()
c.method()
c.method
getattr(c, "method")
print(c.hits)


class Fallback:
    real = "real attribute"

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"fallback:{name}"


f = Fallback()
print(f.real, f.secret_key, f.other)


class Frozen:
    def __init__(self, v):
        super().__setattr__("v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")


fr = Frozen(3)
for action in (lambda: setattr(fr, "v", 4), lambda: delattr(fr, "v")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(fr.v)


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


dy = Dynamic()
print(dy.get_thing(), getattr(dy, "nope", "dflt"), hasattr(dy, "nope"), hasattr(dy, "get_x"))
