# __set_name__ on descriptors and ordinary attributes.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Record:
    title = Field()
    year = Field()

    def __init__(self, title):
        self.title = title


r = Record("Dune")
print(r.title, r.year, Record.title.name, Record.year.private)
r.year = 1965
print(r.year, sorted(vars(r)))
f = Field()
Record.extra = f
print(hasattr(f, "name"))


class Watch:
    def __set_name__(self, owner, name):
        print("Watch named", name, "in", owner.__name__)


Dyn = type("Dyn", (), {"w1": Watch(), "w2": Watch()})
shared = Field()


class Two:
    a = shared
    b = shared


print(shared.name)
