# Interactions of nonlocal, global and locals across several levels.
value = "module"


def level1():
    value = "level1"

    def level2():
        def level3_nonlocal():
            nonlocal value
            value = "set by level3 nonlocal"

        def level3_global():
            global value
            value = "set by level3 global"

        level3_nonlocal()
        level3_global()
        return value

    before = value
    r = level2()
    return before, r, value


print(level1(), value)


def counter_factory():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        old, count = count, 0
        return old

    return increment, reset


inc, reset = counter_factory()
print(inc(), inc(5), reset(), inc())


def nonlocal_loop():
    fns = []
    total = 0
    for i in range(3):
        def add(i=i):
            nonlocal total
            total += i
            return total
        fns.append(add)
    return [f() for f in fns], total


print(nonlocal_loop())
try:
    exec("def f():\n    nonlocal q\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("def g():\n    x = 1\n    global x\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
