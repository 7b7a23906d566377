# is_integer, hex/fromhex, as_integer_ratio
vals = [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e300, 5e-324, 1 / 3, 2.0 ** 60, 123.0]
for v in vals:
    print(v, v.is_integer(), v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio())
inf, nan = float("inf"), float("nan")
print(inf.is_integer(), nan.is_integer(), inf.hex(), (-inf).hex(), nan.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0x.8", "0X1P+4", "0x1.fffffffffffffp1023", "0x1p-1074",
          "  0xAp0  ", "inf", "-Infinity", "nan", "0x1.0000000000000p-1022", "1", "0x0p0", "-0x0p0", "0x1.5"]:
    print(s.strip(), float.fromhex(s))
for s in ["0x1p1024", "0xg", "", "0x1pz"]:
    try:
        print(float.fromhex(s))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in (inf, -inf):
    try:
        v.as_integer_ratio()
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print((0.5).real, (0.5).imag, (0.5).conjugate(), float.__name__)
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (3.5).__round__())
import math
print(math.trunc(-7.9), math.floor(-7.9), math.ceil(-7.1), math.floor(7.9))
print((1.25).hex(), (-0.1).hex(), (1024.0).hex(), (3.0).as_integer_ratio())
print(float.fromhex("0x1.999999999999ap-4") == 0.1)
