# Custom exception classes: args, str, repr, extra attributes.
class AppError(Exception):
    pass


class WithInit(AppError):
    def __init__(self, code, message):
        super().__init__(code, message)
        self.code = code
        self.message = message

    def __str__(self):
        return f"[{self.code}] {self.message}"


class NoSuper(Exception):
    def __init__(self, x):
        self.x = x


class Reprd(Exception):
    def __repr__(self):
        return "Reprd!"


for exc in [AppError(), AppError("one"), AppError("a", 2), WithInit(404, "not found"), NoSuper(5), Reprd("r")]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
try:
    raise WithInit(500, "boom")
except AppError as e:
    print("caught as base:", e, e.code, isinstance(e, Exception))
e = AppError("x")
e.args = ("changed", 1)
print(e, repr(e))
e.args = "xy"
print(e.args)
print(str(ValueError()), repr(ValueError()), str(ValueError(None)), repr(ValueError("")))
print(str(Exception(1, 2)), repr(OSError(2, "No such file")), str(OSError(2, "No such file")))
err = OSError(2, "No such file or directory", "name.txt")
print(err.errno, err.strerror, err.filename, str(err), type(err).__name__)
print(type(OSError(2, "x")).__name__, str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit(1, 2).code)
si = StopIteration("v")
print(si.value, StopIteration().value)
ke = KeyError("key")
print(str(ke), str(KeyError("a", "b")), str(KeyError()), repr(ke))
n = NameError("name 'q' is not defined", name="q") if False else NameError("plain")
print(n, AttributeError("attr"))
