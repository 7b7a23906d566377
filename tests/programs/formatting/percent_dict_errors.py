# %-formatting: dict-key form and errors
data = {"name": "Ada", "age": 36, "pi": 3.14159, "items": [1, 2], "(": "paren"}
print("%(name)s is %(age)d years; pi=%(pi).3f items=%(items)r" % data)
print("%(name)s %(name)s %(name)r" % data, "%(age)x %(age)o" % data, "%%(name)s" % {})
print("%((()s" % data if False else "skip", "%s" % data["("])
class M:
    def __getitem__(self, k):
        return k.upper()
print("%(hello)s %(world)s" % M())
cases = [
    ("%d", ("x",)), ("%d", (None,)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", (1,)), ("%", ()),
    ("%(k)s", {"x": 1}), ("%(k)s", (1,)), ("%c", ("ab",)), ("%c", (-1,)), ("%c", (0x110000,)),
    ("%c", (1.5,)), ("%x", (1.5,)), ("%f", ("1.5",)), ("%*d", ("a", 1)), ("%.*f", (1.5, 2.0)),
    ("%(a)s %s", {"a": 1}), ("%s", ()), ("%5", (1,)), ("%(a", {"a": 1}), ("%o", ("7",)), ("%i", ([],)),
    ("abc", (1,)), ("abc", 1), ("%d %d", (1, 2, 3)), ("%e", (object(),)),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("abc" % {}, "abc" % [], "%s" % ((),), "%s" % [[]])
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"%d" % b"1"
except TypeError as e:
    print(type(e).__name__, e)
