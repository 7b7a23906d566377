# globals() and locals()
counter = 0
def bump():
    globals()["counter"] += 1
    return counter
print(bump(), bump(), counter)
globals()["created"] = "dynamically"
print(created)
print("counter" in globals(), "bump" in globals(), "nothere" in globals(), globals()["__name__"])
def show_locals(a, b=2, *args, **kw):
    x = a + b
    loc = locals()
    return sorted(loc.items(), key=lambda kv: kv[0])
print(show_locals(1), show_locals(5, 6, 7, k=8))
def outer():
    v = "outer"
    def inner():
        w = v
        return sorted(locals())
    return inner(), sorted(locals())
print(outer())
print(locals() is globals(), sorted(k for k in globals() if not k.startswith("__")))
class K:
    a = 1
    b = a + 1
    names = sorted(n for n in locals() if not n.startswith("__"))
print(K.names, K.b)
def modify_locals():
    x = 1
    locals()["x"] = 2
    return x
print(modify_locals())
g = {"__builtins__": __builtins__}
exec("y = 10\nz = y * 2", g)
print(g["y"], g["z"], sorted(k for k in g if k != "__builtins__"))
ns = {}
exec("def f(n):\n    return n * 3", ns)
print(ns["f"](4))
print(eval("a + b", {"a": 1}, {"b": 2}), eval("len(q)", {}, {"q": [1, 2]}), eval("__name__", {"__name__": "custom"}))
print(type(globals()).__name__, type(locals()).__name__)
