# Class decorators: registration, adding methods, wrapping.
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

    cls.__repr__ = __repr__
    return cls


def with_prefix(prefix):
    def deco(cls):
        original = cls.greet

        def greet(self):
            return prefix + original(self)

        cls.greet = greet
        return cls

    return deco


@register
@add_repr
@with_prefix(">> ")
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def greet(self):
        return f"hi, I am {self.name}"


p = Person("Ann", 41)
print(p, p.greet(), sorted(registry))


def singleton(cls):
    instance = None

    def get():
        nonlocal instance
        if instance is None:
            instance = cls()
        return instance

    return get


@singleton
class Config:
    def __init__(self):
        print("Config created")


print(Config() is Config(), type(Config).__name__)


def dataclassish(cls):
    names = list(cls.__annotations__)

    def __init__(self, *args):
        for n, a in zip(names, args):
            setattr(self, n, a)

    def __eq__(self, other):
        return type(other) is type(self) and all(getattr(self, n) == getattr(other, n) for n in names)

    cls.__init__ = __init__
    cls.__eq__ = __eq__
    return cls


@dataclassish
@add_repr
class Pair:
    left: int
    right: str


print(Pair(1, "a"), Pair(1, "a") == Pair(1, "a"), Pair(1, "a") == Pair(2, "a"), Pair.__hash__ is object.__hash__)
