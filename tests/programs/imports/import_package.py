# Importing a package, its submodules and attributes.
import sys

print("before import")
import shapes

print("after import:", shapes.__name__, shapes.version)
print(shapes.describe())
print("square loaded?", "shapes.square" in sys.modules, hasattr(shapes, "square"))
import shapes.square

print("square loaded?", "shapes.square" in sys.modules, hasattr(shapes, "square"))
print(shapes.square.area(3), shapes.square.compare(1), shapes.square.compare(2))
import shapes.sub.deep

print(shapes.sub.deep.report())
print(type(shapes).__name__, type(shapes.sub).__name__)
print(shapes.__doc__)
print(sorted(k for k in vars(shapes) if not k.startswith("__")))
