# Relative imports inside a package (the program itself is not in a package).
from shapes.sub import deep

print(deep.report())
print(deep.__package__, deep.__name__)
from geometry.inner import lines
import geometry

print(lines.segment(), geometry.order)
try:
    from . import something
except ImportError as e:
    print("ImportError:", e)
print(__package__, __name__)
