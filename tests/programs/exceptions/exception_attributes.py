# Attributes carried by built-in exceptions: name, obj, args, errno, value.
try:
    undefined_variable
except NameError as e:
    print(type(e).__name__, e.name, e.args)


class Thing:
    pass


try:
    Thing().missing
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e.args)
try:
    import no_such_module_here
except ImportError as e:
    print(e.name, e.path, e.msg)
try:
    next(iter([]))
except StopIteration as e:
    print(e.value, e.args)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
try:
    raise SystemExit("bye")
except SystemExit as e:
    print(e.code, e.args)
e = Exception("a", "b")
print(e.args, str(e), repr(e))
e.custom = 1
print(e.custom, hasattr(e, "__traceback__"), e.__notes__ if hasattr(e, "__notes__") else "no notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
