# from ... import forms, aliases and star imports honouring __all__.
from shapes.circle import area, PI as pi
from shapes import circle as c, describe

print(area(2), pi, c.PI, describe())
from shapes import *

print(sorted(n for n in dir() if not n.startswith("__")))
print("_private" in dir(), "version" in dir())
from _noall import *

print(public_one, public_two, helper(), "_private_one" in dir())
import _noall

print(_noall._private_one)
