# Module object attributes.
import sys

import shapes.circle as circ
import _noall

print(circ.__name__, circ.__package__, _noall.__package__, repr(_noall.__doc__))
print(circ.__file__.endswith("tests/programs/imports/shapes/circle.py"))
print(__file__.endswith("tests/programs/imports/module_attributes.py"))
print(circ.__spec__.name, circ.__spec__.parent, type(circ).__name__)
print(sorted(k for k in vars(_noall) if not k.startswith("__")))
print(getattr(_noall, "public_one"), hasattr(_noall, "nothing"))
_noall.added = "set from outside"
print(_noall.added)
try:
    _noall.missing_attr
except AttributeError as e:
    print("AttributeError:", e)
print(type(sys).__name__, sys.__name__)
mod_type = type(sys)
m = mod_type("made_by_hand", "docstring here")
m.x = 5
print(m.__name__, m.__doc__, m.x, sorted(k for k in vars(m) if not k.startswith("__")))
