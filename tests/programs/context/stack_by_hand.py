# A hand-written exit stack: callbacks run in LIFO order, errors are chained.
class ExitStack:
    def __init__(self):
        self.callbacks = []

    def enter(self, cm):
        value = cm.__enter__()
        self.callbacks.append(cm.__exit__)
        return value

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        suppressed = False
        pending = (et, ev, tb)
        while self.callbacks:
            cb = self.callbacks.pop()
            try:
                if cb(*pending):
                    suppressed = True
                    pending = (None, None, None)
            except BaseException as e:
                pending = (type(e), e, e.__traceback__)
                suppressed = False
        if pending[1] is not None and pending[1] is not ev:
            raise pending[1]
        return suppressed or (et is not None and pending[0] is None)


class Named:
    def __init__(self, name, swallow=False, fail=False):
        self.name, self.swallow, self.fail = name, swallow, fail

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail:
            raise OSError(f"{self.name} failed to close")
        return self.swallow


with ExitStack() as stack:
    names = [stack.enter(Named(n)) for n in "abc"]
    print("body", names)
with ExitStack() as stack:
    stack.enter(Named("outer"))
    stack.enter(Named("swallower", swallow=True))
    stack.enter(Named("inner"))
    raise ValueError("swallowed in the middle")
print("continued")
try:
    with ExitStack() as stack:
        stack.enter(Named("x"))
        stack.enter(Named("y", fail=True))
except OSError as e:
    print("OSError:", e)
