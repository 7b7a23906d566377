# Data vs non-data descriptors and lookup precedence.
class DataDesc:
    def __get__(self, obj, owner):
        return ("data", None if obj is None else type(obj).__name__, owner.__name__)

    def __set__(self, obj, value):
        obj.__dict__["data_store"] = value


class NonData:
    def __get__(self, obj, owner):
        return "non-data"


class Host:
    d = DataDesc()
    n = NonData()


h = Host()
print(h.d, Host.d, h.n, Host.n)
h.__dict__["d"] = "instance dict d"
h.__dict__["n"] = "instance dict n"
print(h.d, h.n)
h.d = 5
print(h.__dict__["data_store"])


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


pp = Person("ann", 30)
print(pp.name, pp.age, type(Person.name).__name__)
try:
    pp.age = "old"
except TypeError as e:
    print("TypeError:", e)
del pp.age
print(pp.age)


class Method:
    def f(self):
        return "f"


bound = Method.__dict__["f"].__get__(Method(), Method)
print(bound(), type(bound).__name__, Method.__dict__["f"].__get__(None, Method) is Method.__dict__["f"])


class GetOnlyData:
    def __get__(self, obj, owner):
        return "getter"

    def __set__(self, obj, value):
        raise AttributeError("read-only descriptor")


class R:
    ro = GetOnlyData()


r = R()
try:
    r.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
print(r.ro)
