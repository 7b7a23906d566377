# __format__ on user classes
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        if spec.startswith("w"):
            return f"${self.cents / 100:.2f}".rjust(int(spec[1:]))
        raise ValueError(f"bad money spec {spec!r}")
    def __str__(self):
        return "Money"
m = Money(12345)
print(format(m), format(m, "c"), format(m, "w12"), f"{m}|{m:c}|{m:w10}|{m!s}|{m!s:>8}", "{0:c} {0}".format(m))
try:
    f"{m:zz}"
except ValueError as e:
    print(type(e).__name__, e)
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CFK" else "C"
        num_spec = spec[:-1] if spec and spec[-1] in "CFK" else spec
        val = {"C": self.c, "F": self.c * 9 / 5 + 32, "K": self.c + 273.15}[unit]
        return format(val, num_spec) + unit
t = Temp(21.5)
print(f"{t} {t:.1F} {t:8.2K} {t:>10.0C} {t:C}")
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{Bad()}"
except TypeError as e:
    print(type(e).__name__, e)
class Inherit(float):
    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"
print(format(Inherit(2.5), ".3f"), f"{Inherit(1)}", "%s %.1f" % (Inherit(3), Inherit(3)))
class Recorder:
    def __format__(self, spec):
        print("  called with", repr(spec))
        return "R"
r = Recorder()
print(f"{r:>{5}}", f"{r!s:>5}"[:2] == "<_", "{:abc{}}".format(r, "def"))
