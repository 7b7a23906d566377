# property with getter, setter, deleter, docstrings, inheritance.
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
        self.log = []

    @property
    def celsius(self):
        "Temperature in Celsius."
        self.log.append("get")
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self.log.append(("set", value))
        self._c = value

    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius, t.log)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)


class Derived(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return "derived " + str(self._c)


d = Derived(5)
print(d.celsius)
d.celsius = 7
print(d.celsius)


def get_x(self):
    return self._x * 2


def set_x(self, v):
    self._x = v


class Old:
    x = property(get_x, set_x, None, "x doc")


o = Old()
o.x = 21
print(o.x, Old.x.__doc__)


class Lazy:
    @property
    def value(self):
        raise AttributeError("value not ready")

    def __getattr__(self, name):
        return f"__getattr__ fallback for {name}"


print(Lazy().value)
