# %-formatting: every conversion type
vals = [0, 1, -1, 42, -42, 255, 2 ** 40, -(2 ** 70)]
for v in vals:
    print("%d|%i|%u|%o|%x|%X|%s|%r|%a" % (v, v, v, v, v, v, v, v, v))
fl = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-5, 123456789.0, 1e100, 1e-100, float("inf"), float("-inf"), float("nan")]
for v in fl:
    print("%e|%E|%f|%F|%g|%G|%s|%r" % (v, v, v, v, v, v, v, v))
print("%c%c%c" % (65, "é", 0x1F600), "%c" % "x", "%%", "100%% sure" % ())
print("%s %s %s" % ("é", [1, "x"], None), "%r %a" % ("é", "é"), "%s" % (("tuple",),), "%s" % [1, 2])
print("%d" % 3.99, "%d" % -3.99, "%x" % True, "%i" % 1e20, "%o" % -8, "%s" % b"b", "%d" % False)
print("%.0f %.1f %.2f" % (2.5, 0.05, 2.675), "%.3e" % 12345.6789, "%.10g" % (1 / 3), "%g" % 1e16, "%g" % 1e-5)
print("%g %g %g %g" % (100000, 1000000, 0.0001, 0.00001), "%G" % 1e-20, "%.0e" % 15)
print("%s" % "only", "%s-%s" % ("a", "b"), "%(a)s" % {"a": 1}, "%s" % {"k": "v"})
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "R-str"
print("%s %r %a" % (R(), R(), R()))
class Idx:
    def __index__(self):
        return 11
print("%x %o %d" % (Idx(), Idx(), 7), "%c" % Idx() if False else "skip")
print(b"%s %d %x %c %%" % (b"bytes", 5, 255, 65), b"%r" % b"x" if False else b"%a" % "é")
