# Shadowing builtins at module and function level, and __builtins__ access.
import builtins

print(type(__builtins__).__name__ in ("module", "dict"))
original_print = print


def print(*args):
    original_print("custom print:", *args)


print("hello")
del print
print("back to builtin")
builtins.my_global_helper = lambda: "injected into builtins"
print(my_global_helper())
del builtins.my_global_helper
try:
    my_global_helper()
except NameError as e:
    print("NameError:", e)


def uses_sum(values):
    sum = 0
    for v in values:
        sum += v
    return sum


print(uses_sum([1, 2, 3]), sum([1, 2, 3]))
list = "not a list"
print(type([]).__name__, list)
del list
print(list("ab"))
True_value = True
print(True_value, None)
