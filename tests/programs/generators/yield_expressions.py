# yield as an expression in many positions.
def g():
    a = yield 1
    b = (yield 2) + 10
    c = [(yield 3), (yield 4)]
    d = f"{(yield 5)}!"
    yield (a, b, c, d)


it = g()
out = [next(it)]
for v in ["A", 5, "x", "y", "z"]:
    out.append(it.send(v))
print(out)


def bare():
    x = yield
    print("bare yield received", x)
    yield


b = bare()
print(next(b))
print(b.send("value"))


def yield_in_args():
    print("args:", (yield "first"), (yield "second"))


y = yield_in_args()
print(next(y), y.send(1))
try:
    y.send(2)
except StopIteration:
    print("finished")


def yield_tuple():
    yield 1, 2
    yield (3, 4)
    yield [5, 6]


print(list(yield_tuple()))
