# hex() and fromhex()
data = [b"", b"\x00", b"\xff", b"hello", bytes(range(0, 256, 17)), b"\x01\x02\x03\x04\x05"]
for d in data:
    print(d.hex(), d.hex(":"), d.hex("-", 2), d.hex(" ", -2), d.hex(b"|", 3), bytes.fromhex(d.hex()) == d)
print(bytearray(b"\xde\xad\xbe\xef").hex(), bytearray(b"\xde\xad").hex("_"), bytearray().hex())
for s in ["", "00", "ff FF", " 0a 0B ", "deadbeef", "DE AD BE EF", "0 1", "abc", "zz", "0x10", "1 2 3 4", "a\tb", "\n01"]:
    try:
        print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print(type(e).__name__, e)
for sep in ["", "ab", "é", 5]:
    try:
        print(b"abc".hex(sep))
    except (ValueError, TypeError) as e:
        print(repr(sep), type(e).__name__, e)
print(b"0123456789".hex(".", 4), b"0123456789".hex(".", -4), b"abcdef".hex(".", 10))
