# Nested with blocks, exceptions crossing several managers.
depth = 0


class Level:
    def __init__(self, name, handles=None):
        self.name = name
        self.handles = handles

    def __enter__(self):
        global depth
        depth += 1
        print("  " * depth + "enter " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        global depth
        handled = et is not None and self.handles is not None and issubclass(et, self.handles)
        print("  " * depth + f"exit {self.name} handled={handled}")
        depth -= 1
        return handled


with Level("outer", handles=KeyError):
    with Level("middle"):
        with Level("inner", handles=ValueError):
            raise KeyError("deep")
        print("never")
    print("never either")
print("after all; depth =", depth)
with Level("one"):
    with Level("two", handles=TypeError):
        with Level("three"):
            "a" + 1
    print("continues after two handled it")
