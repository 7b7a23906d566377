# The exact arguments __exit__ receives, and the traceback object.
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.args = args
        return True


for thrower in [lambda: None, lambda: 1 / 0, lambda: int("z"), lambda: [].pop()]:
    with Inspect() as i:
        thrower()
    et, ev, tb = i.args
    print(et.__name__ if et else et, repr(ev), type(tb).__name__)


class ExitArity:
    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        print("exit got", a, b, c)


with ExitArity():
    pass


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self):
        return False


try:
    with BadExit():
        pass
except TypeError as e:
    print("TypeError:", e)
