# send(): two-way communication, priming, running averages.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


a = averager()
print(next(a))
for v in [10, 20, 30, 5]:
    print("sent", v, "avg", a.send(v))


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received


e = echo()
print(e.send(None))
print(e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)
g = echo()
try:
    g.send("too early")
except TypeError as err:
    print("TypeError:", err)


def accumulate():
    total = 0
    while True:
        delta = yield total
        total += delta if delta is not None else 0


acc = accumulate()
next(acc)
print([acc.send(i) for i in range(5)], next(acc))
