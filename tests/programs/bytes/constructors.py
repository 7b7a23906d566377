# bytes() and bytearray() construction
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes((255, 0)), bytes(b"copy"))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "latin-1"), bytes(bytearray(b"ba")))
print(bytes(iter([1, 2])), bytes(x * 2 for x in range(4)), bytes(True))
print(bytearray(), bytearray(2), bytearray(b"xy"), bytearray([1, 255]), bytearray("ß", "utf-8"), bytearray(range(3)))
class HasBytes:
    def __bytes__(self):
        return b"custom"
class Idx:
    def __index__(self):
        return 4
print(bytes(HasBytes()), bytes(Idx()), bytearray(Idx()))
cases = [([256],), ([-1],), ("abc",), (["a"],), (1.5,), (-1,), ("é", "ascii"), (b"x", "utf-8"), (5, "utf-8"),
         ([1.0],), (None,)]
for args in cases:
    try:
        print(bytes(*args))
    except (ValueError, TypeError, UnicodeEncodeError) as e:
        print(args, type(e).__name__, e)
    try:
        print(bytearray(*args))
    except (ValueError, TypeError, UnicodeEncodeError) as e:
        print(args, type(e).__name__, e)
print(bytes.fromhex("41 42"), bytearray.fromhex("ff00"), type(bytearray.fromhex("")).__name__)
print(bytes([0x68, 0x69]).decode(), bytes(10)[3:5], len(bytes(1000)), bytes(2) + bytearray(1))
print(type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__, type(bytearray(b"a") * 2).__name__)
