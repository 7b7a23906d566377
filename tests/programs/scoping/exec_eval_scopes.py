# exec and eval with explicit globals/locals mappings.
g = {"x": 1}
l = {"y": 2}
exec("z = x + y", g, l)
print(sorted(k for k in g if k != "__builtins__"), l)
print(eval("x * 10 + y", g, l))
code = compile("a = 5\nb = a * 2", "<generated>", "exec")
ns = {}
exec(code, ns)
print(ns["a"], ns["b"], "__builtins__" in ns)


def inside():
    local_value = 7
    return eval("local_value + 1")


print(inside())
try:
    eval("undefined_thing", {})
except NameError as e:
    print("NameError:", e)
try:
    exec("def broken(:\n    pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
print(eval("[i * i for i in range(n)]", {"n": 4}))
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
