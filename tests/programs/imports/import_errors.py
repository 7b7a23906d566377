# Import error types and messages.
try:
    import nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import shapes.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from shapes import nope
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from shapes.circle import missing_function
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import shapes.circle.area
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    import _mainguard.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
