# complex numbers: arithmetic, repr, abs, conjugate, complex(str)
z = 3 + 4j
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(z), z.conjugate(), z.real, z.imag)
print(z ** 2, z ** 0, z ** -1, w ** 3, 1j ** 2, (1 + 1j) ** 0.5, 2 ** (1j))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)))
print(complex(1.5), complex(1, 2), complex(), complex(2j, 3j), complex(1e300, -1e-300))
print(complex(float("inf"), float("nan")), complex(-float("inf"), 1), 1e300j * 1e300j)
for s in ["1+2j", "1-2j", " (1+2j) ", "3", "2j", "-j", "j", "+1.5e3-2.5e-1j", "inf+nanj", "1_0+2_0j",
          "(3)", "-1.5J", "1e5J"]:
    print(repr(s), complex(s))
for s in ["1+2", "j1", "1+2jj", "", "(1+2j", "1 + 2j", "1+2i", "()"]:
    try:
        print(complex(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    z / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(z)
except TypeError as e:
    print(type(e).__name__, e)
print(z == 3 + 4j, z == complex(3, 4), 1 + 0j == 1, 1 + 0j == 1.0, (1 + 1j) != 1)
print(z * 2, z * 2.5, 2 + z, z - 1.5, True + 1j, 1j * 1j == -1)
print(abs(1 + 1j), abs(-3j), abs(complex(3e200, 4e200)))
print(hash(1 + 0j) == hash(1), type(z.real).__name__, (1 + 2j).__class__.__name__)
print(format(z, ""), format(1.5 - 2.25j, ".2f"), format(z, "^20"), format(1j, "+g"))
print(complex(1, 2) + complex("3-4j"), divmod.__name__)
try:
    z // 2
except TypeError as e:
    print(type(e).__name__, e)
