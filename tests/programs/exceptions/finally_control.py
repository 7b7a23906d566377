# return/break/continue inside finally override pending exceptions and returns.
def return_overrides_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally return wins"


def return_overrides_return():
    try:
        return "try value"
    finally:
        return "finally value"


def finally_sees_return():
    x = "before"
    try:
        return x
    finally:
        x = "changed"
        print("finally ran, x =", x)


print(return_overrides_exception())
print(return_overrides_return())
print(finally_sees_return())
out = []
for i in range(3):
    try:
        raise KeyError(i)
    finally:
        out.append(i)
        if i < 2:
            continue
        break
print("loop survived:", out)


def break_in_finally():
    for i in range(5):
        try:
            return f"returning {i}"
        finally:
            if i < 2:
                continue
    return "loop ended"


print(break_in_finally())


def finally_raises():
    try:
        return "ok"
    finally:
        raise RuntimeError("finally raise")


try:
    finally_raises()
except RuntimeError as e:
    print("RuntimeError:", e)


def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)


print(counter())
