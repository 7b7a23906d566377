# exec, eval and compile on strings
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"), eval(" 42 "), eval("(1,\n2)"))
x = 10
print(eval("x * 2"), eval("x + y", {"x": 1, "y": 2}), eval("x", {"x": "global"}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a ** 2\ndef sq(n):\n    return n * n\nclass P:\n    v = 3", ns)
print(ns["a"], ns["b"], ns["sq"](7), ns["P"].v, sorted(k for k in ns if k != "__builtins__"))
code = compile("total = sum(range(n))", "<config>", "exec")
env = {"n": 10}
exec(code, env)
print(env["total"], type(code).__name__, code.co_filename)
expr = compile("p * q", "<expr>", "eval")
print(eval(expr, {"p": 6, "q": 7}), eval(expr, {"p": "ab", "q": 2}))
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__)
print(exec("None"), eval("None"), eval(b"3 + 4"))
out = []
exec("for i in range(3):\n    out.append(i)", {"out": out})
print(out)
for src, mode in [("1 +", "eval"), ("x = ", "exec"), ("def f(:", "exec"), ("a = 1", "eval"), ("  1", "exec"), ("return 5", "exec")]:
    try:
        compile(src, "<test>", mode)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.filename)
for src in ["undefined_name", "1 / 0", "int('x')", "[].pop()"]:
    try:
        eval(src)
    except (NameError, ZeroDivisionError, ValueError, IndexError) as e:
        print(src, type(e).__name__, e)
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(type(e).__name__, e)
calc = {"__builtins__": {}}
try:
    eval("len('x')", calc)
except NameError as e:
    print(type(e).__name__, e)
print(eval("max(3, 9)", {"max": min}))
