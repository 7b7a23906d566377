# iter(callable, sentinel), next with default, StopIteration
data = [3, 1, 4, 1, 5, 9, 0, 2, 6, 0]
pos = 0
def reader():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(reader, 0)), pos)
print(list(iter(reader, 0)), pos)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
it = iter(tick, 5)
print(type(it).__name__, next(it), list(it), next(it, "exhausted"), counter)
lines = iter(["a", "b", "", "c"]).__next__
print(list(iter(lines, "")))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
e = iter([1])
print(next(e), next(e, None), next(e, "default"), next(iter([]), 42))
try:
    next(e)
except StopIteration as ex:
    print(type(ex).__name__, repr(ex), ex.value, ex.args)
try:
    next([1, 2])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise StopIteration(99)
except StopIteration as ex:
    print(ex.value, ex.args, str(ex))
def gen():
    yield 1
    return "ret"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as ex:
    print("value:", ex.value)
print(next(g, "after"), list(gen()))
s = iter("xyz")
print(next(s), next(s), next(s), next(s, "end"), next(s, "end"))
