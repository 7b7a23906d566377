# format() builtin with various types and default spec
print(format(5), format(5, ""), format(-2.5), format("s"), format(None), format([1]), format(1 + 1j))
print(format(3.0), format(1e16), format(1e-5), format(True), format(False, "d"), format(True, ">5"))
print(type(format(5)).__name__, format(12, "b"), format(12, "08b"), format(0.1, ".17f"))
class NoFormat:
    pass
o = NoFormat()
print(format(o, "") == str(o))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
print(int.__format__(255, "x"), float.__format__(0.5, ".1%"), str.__format__("ab", "^6"), object.__format__(None, ""))
print((255).__format__("#x"), "x".__format__(">3"), (2.5).__format__("e"), (1j).__format__(".1f"))
class MyInt(int):
    pass
class MyStr(str):
    def __str__(self):
        return "custom-str"
print(format(MyInt(42), "x"), format(MyStr("raw"), ""), format(MyStr("raw"), ">5"), f"{MyStr('raw')}", str(MyStr("raw")))
print(format(MyInt(-42), "+08d"), format(MyInt(7), ""), format(1234.5678, ".2f"), format(1234.5678, ","))
for spec in ["", "10", "<10", "e", ".3f", "+", "%"]:
    print(repr(spec), repr(format(1234.5, spec)), repr(format(-7, spec if spec not in ("e", ".3f", "%") else "")))
