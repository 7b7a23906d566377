# repr/ascii/str, chr/ord, hex/oct/bin
for o in [1, -2.5, "é\n", b"\xff", [1, "a"], (1,), {1: "b"}, {2}, None, True, 1 + 2j, range(3), slice(1), ..., NotImplemented]:
    print(repr(o), ascii(o), str(o))
print(repr(repr), repr(int)[:12], repr(object)[:15], ascii("日本"), ascii(b"x"), repr("'\""))
print(hex(0), hex(255), hex(-255), hex(2 ** 70), oct(0), oct(8), oct(-64), bin(0), bin(5), bin(-5), bin(2 ** 40))
for bad in [1.5, "5", None]:
    for fn in (hex, oct, bin):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)
print(chr(97), chr(0x263A), chr(0x1F40D), ord("a"), ord("☺"), ord("🐍"), [ord(c) for c in "Kr"])
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int("0x3039", 16), eval(hex(99)))
class R:
    def __repr__(self):
        return "R-repr-é"
print(repr(R()), ascii(R()), str(R()), [R()], ascii([R()]))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(1e16), repr(1.0), repr(-0.0), repr(1e-7), repr(123456789.123456789), repr(float("inf")))
print(str(12), str(-0), str(3.0), str("x"), str(b"x"), str(None), str([]), str(()))
