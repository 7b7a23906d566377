# Context managers written as generators by hand (no contextlib).
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")


def managed(fn):
    def make(*a, **k):
        return GeneratorCM(fn(*a, **k))

    return make


@managed
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


@managed
def ignoring(exc_type):
    try:
        yield
    except exc_type as e:
        print("ignored", repr(e))


with tag("div") as t:
    with tag("p"):
        print("text in", t)
with ignoring(ZeroDivisionError):
    1 / 0
print("went on")
try:
    with tag("span"):
        raise ValueError("inside span")
except ValueError as e:
    print("ValueError:", e)
