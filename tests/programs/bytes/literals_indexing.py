# bytes literals, indexing returns ints, slicing returns bytes
b = b"Hello\x00\xff\n\t'\"\\"
print(b, len(b), repr(b), list(b))
print(b[0], b[-1], b[5], b[6], type(b[0]).__name__, b[0:5], b[::-1], b[::3], b[-4:])
print(b"", b"'", b'"', b"'\"", b"\x7f\x80", rb"\n\x00", br"raw\t", b"a" b"b", B"upper")
for i in range(0, len(b), 3):
    print(i, b[i], chr(b[i]) if 32 <= b[i] < 127 else ".", b[i:i + 3])
print(b[2:2], b[100:], b[-100:2], b[1:8:2], b[8:1:-2], b[slice(2, None)])
for idx in (len(b), -len(b) - 1):
    try:
        b[idx]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b["x"]
except TypeError as e:
    print(type(e).__name__, e)
print(72 in b, b"ell" in b, b"" in b, 256 in b"x" if False else 0 in b)
try:
    300 in b
except ValueError as e:
    print(type(e).__name__, e)
try:
    "H" in b
except TypeError as e:
    print(type(e).__name__, e)
print(b + b"!", b"ab" * 3, 2 * b"xy", b"ab" * 0, b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"a")
print(b"abc" == "abc", b"a" != "a", bytes([1, 2]) == bytearray([1, 2]))
for byte in b"AZaz09":
    print(byte, end=" ")
print()
print([bytes([c]) for c in b"xyz"], sum(b"\x01\x02\x03"), max(b"hello"), sorted(b"cba"))
