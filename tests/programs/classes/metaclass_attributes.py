# Attribute lookup on classes: class dict, bases, then metaclass.
class Meta(type):
    meta_attr = "from metaclass"

    def meta_method(cls):
        return f"meta_method on {cls.__name__}"

    @property
    def computed(cls):
        return f"computed for {cls.__name__}"


class A(metaclass=Meta):
    own = "from A"


class B(A):
    pass


print(A.meta_attr, B.meta_method(), B.computed, B.own)
print(hasattr(A(), "meta_attr"), hasattr(A(), "own"))
A.meta_attr = "shadowed in A"
print(A.meta_attr, B.meta_attr, Meta.meta_attr)
print(type(A).__name__, type(B).__name__, isinstance(B, Meta))
print(sorted(k for k in vars(A) if not k.startswith("__")))
print("meta_method" in dir(A), "own" in dir(B))


class Counted(type):
    count = 0

    def __new__(mcls, name, bases, ns):
        mcls.count += 1
        ns["serial"] = mcls.count
        return super().__new__(mcls, name, bases, ns)


class X(metaclass=Counted):
    pass


class Y(X):
    pass


print(X.serial, Y.serial, Counted.count)
