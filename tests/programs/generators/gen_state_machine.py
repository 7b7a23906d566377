# Generators used as coroutines/state machines driven by send.
def tokenizer():
    token = ""
    tokens = []
    while True:
        ch = yield tokens
        tokens = []
        if ch is None or ch == " ":
            if token:
                tokens.append(token)
            token = ""
            if ch is None:
                yield tokens
                return
        elif ch in "+-*/()":
            if token:
                tokens.append(token)
            tokens.append(ch)
            token = ""
        else:
            token += ch


t = tokenizer()
next(t)
out = []
for ch in "12+ab*(3 - x1)":
    out.extend(t.send(ch))
out.extend(t.send(None))
print(out)


def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"


light = traffic_light()
print([next(light) for _ in range(7)])


def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x


rm = running_max()
next(rm)
print([rm.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
