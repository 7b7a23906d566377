# __import__ and import statement basics for builtin modules
m = __import__("math")
print(m.__name__, m.sqrt(16), m is __import__("math"))
import math
print(math is m)
s = __import__("sys")
print(s.__name__, type(s).__name__, s.version_info[:2])
import sys as system
print(system is s, "math" in sys.modules if False else "math" in system.modules)
from math import pi, floor as fl
print(round(pi, 5), fl(2.7))
try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
g = __import__("gc")
print(g.__name__, callable(g.collect))
print(type(math).__name__, math.__name__, hasattr(math, "tau"))
