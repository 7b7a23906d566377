# Capturing values with default arguments versus closures.
handlers = {}
for name in ["start", "stop", "pause"]:
    handlers[name] = lambda name=name: f"handling {name}"
print([handlers[k]() for k in ["start", "stop", "pause"]])
late = {}
for name in ["start", "stop"]:
    late[name] = lambda: f"handling {name}"
print([late[k]() for k in ["start", "stop"]])


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


print([m(10) for m in make_multipliers()])


def make_multipliers_late():
    return [lambda x: x * i for i in range(4)]


print([m(10) for m in make_multipliers_late()])
x = "global"


def default_is_evaluated_at_def(v=x):
    return v


x = "changed"
print(default_is_evaluated_at_def(), x)
