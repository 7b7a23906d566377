# vars() and dir() of simple user classes (non-dunder names)
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_a = "a"
        self.inst_b = [1]
    def child_method(self):
        return 3
    @staticmethod
    def stat():
        pass
    @classmethod
    def clsm(cls):
        pass
c = Child()
def public(names):
    return [n for n in names if not (n.startswith("__") and n.endswith("__"))]
print(vars(c), sorted(vars(c)))
print(public(dir(c)))
print(public(dir(Child)))
print(public(dir(Base)))
print(sorted(public(vars(Child).keys())), "inst_a" in dir(Child), "inst_a" in dir(c))
c.extra = 99
vars(c)["via_vars"] = "v"
print(c.via_vars, sorted(vars(c)), c.__dict__ is vars(c))
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(WithDir()))
class Slots:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slots()
try:
    vars(s)
except TypeError as e:
    print(type(e).__name__, e)
print(public(dir(s)))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_one = 1
    local_two = "two"
    return sorted(vars()), sorted(dir())
print(f())
print(public(dir([]))[:6], "append" in dir(list), "keys" in dir({}), len(public(dir(str))) > 40)
print(sorted(n for n in vars() if not n.startswith("_"))[:8])
