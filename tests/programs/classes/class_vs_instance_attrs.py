# Class attributes vs instance attributes, mutation through instances.
class Config:
    shared = []
    level = 1

    def __init__(self, name):
        self.name = name


a = Config("a")
b = Config("b")
a.shared.append("from a")
print(b.shared, Config.shared)
a.level = 5
print(a.level, b.level, Config.level)
Config.level = 9
print(a.level, b.level)
a.shared = ["rebound"]
print(a.shared, b.shared)
print(sorted(vars(a)), sorted(vars(b)))
print("level" in Config.__dict__, "name" in Config.__dict__)


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.id_number = Counter.instances


objs = [Counter() for _ in range(3)]
print([o.id_number for o in objs], Counter.instances)


class Sub(Config):
    level = 100


print(Sub("s").level, Sub.shared is Config.shared)
Sub.shared = []
print(Sub.shared is Config.shared)
print(getattr(a, "missing", "default"), hasattr(a, "name"), getattr(Config, "level"))
setattr(b, "dynamic", 42)
print(b.dynamic, vars(b))
a.__dict__["via_dict"] = "yes"
print(a.via_dict)


class Method:
    def m(self):
        return "method"


inst = Method()
inst.m = lambda: "instance function"
print(inst.m(), Method().m())
