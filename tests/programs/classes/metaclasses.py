# Metaclass basics: __new__, __init__, __call__, __prepare__, class attrs.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        ns["added_by_meta"] = True
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def describe(cls):
        return f"class {cls.__name__} via {type(cls).__name__}"


class Base(metaclass=Meta):
    x = 1

    def __init__(self, v=0):
        self.v = v


class Child(Base, flag=1):
    y = 2


c = Child(5)
print(c.v, Child.added_by_meta, Child.describe(), type(Child).__name__)
print(isinstance(Child, Meta), hasattr(c, "describe"))


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"prepared": "yes"}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls


class Fields(metaclass=Ordered):
    zeta = 1
    alpha = 2

    def method(self):
        pass


print(Fields.order, Fields.prepared)


class Singleton(type):
    instances = {}

    def __call__(cls, *a):
        if cls not in cls.instances:
            cls.instances[cls] = super().__call__(*a)
        return cls.instances[cls]


class Only(metaclass=Singleton):
    def __init__(self):
        print("constructed once")


print(Only() is Only())


class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)
