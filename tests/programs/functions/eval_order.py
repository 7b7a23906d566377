# Argument and operand evaluation order.
log = []


def v(x):
    log.append(x)
    return x


def f(*args, **kwargs):
    return args, sorted(kwargs)


f(v(1), v(2), k=v(3), *[v(4)], **{"z": v(5)})
print(log)
log.clear()
v(1) + v(2) * v(3)
print(log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
[v(1), v(2)][v(0)]
print(log)
log.clear()
x = [0, 0, 0]
x[v(1)] = v("rhs")
print(log, x)
log.clear()
v("a") if v("cond") else v("b")
print(log)
log.clear()
(log.append("callee") or f)(v("arg"))
print(log)
log.clear()
a = {}
a[v("x")], a[v("y")] = v(1), v(2)
print(log, a)
log.clear()
print(v(1) < v(2) < v(3), log)
log.clear()
(v("lhs") or v("skipped")), (v(0) and v("skipped2"))
print(log)
log.clear()
s = f"{v('f1')}{v('f2')}"
print(log)
