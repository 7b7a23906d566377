# Multiple context managers in one with statement, and nesting order.
log = []


class Res:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter

    def __enter__(self):
        if self.fail_enter:
            log.append(f"enter {self.name} FAILED")
            raise RuntimeError(f"cannot enter {self.name}")
        log.append(f"enter {self.name}")
        return self.name

    def __exit__(self, *exc):
        log.append(f"exit {self.name} {exc[0].__name__ if exc[0] else ''}".rstrip())
        return False


with Res("a") as a, Res("b") as b, Res("c") as c:
    log.append(f"body {a}{b}{c}")
print(log)
log.clear()
try:
    with Res("x"), Res("y", fail_enter=True), Res("z"):
        log.append("body never")
except RuntimeError as e:
    log.append(f"caught {e}")
print(log)
log.clear()
try:
    with Res("p"), Res("q"):
        raise ValueError("body error")
except ValueError:
    log.append("caught ValueError")
print(log)
log.clear()
with (
    Res("paren1") as p1,
    Res("paren2") as p2,
):
    log.append(f"parenthesized {p1} {p2}")
print(log)
