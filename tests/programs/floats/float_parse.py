# float(str) forms and errors
good = ["1", "1.5", "-1.5", "+1.5", " 2.5 ", "\t3\n", "1e5", "1E5", "1e-5", "1.e3", ".5e1", "1_000.25",
        "inf", "-inf", "+inf", "Infinity", "-INFINITY", "iNfInItY", "nan", "-nan", "NaN", "NAN",
        "0x1p3" if False else "8", "1e400", "-1e400", "1e-400", "00012", "-0", "0.000", "1_2.3_4e1_0",
        "\u0661\u0662.\u0663", "\uff15"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "1.5.2", "1e", "e5", "abc", "1_", "_1", "1__2", "1e5.5", "in f", "infinit", "nana",
       "0x10", "1,5", "- 1", "1.5j", "++1", "1_.5", "1._5"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(float(b"2.5"), float(bytearray(b"-3")), float(True), float(), float(7), float(-0.0))
for obj in (None, [1.0], "1.0" * 0 + "x", 1j):
    try:
        print(float(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 4.25
class I:
    def __index__(self):
        return 9
class Bad:
    def __float__(self):
        return "x"
print(float(F()), float(I()))
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
