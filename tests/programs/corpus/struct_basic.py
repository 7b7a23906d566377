# struct: pack/unpack/calcsize for integer, float, bytes and bool codes in
# native and standard modes, alignment, Struct objects and the errors.
import struct

for fmt, vals in [("<i", (1,)), (">i", (-2,)), ("<I", (4000000000,)), ("<h", (-300,)),
                  ("!H", (65535,)), ("<q", (-1,)), ("<Q", (2**64 - 1,)), ("<b", (-128,)),
                  ("<B", (255,)), ("<f", (1.5,)), ("<d", (3.141592653589793,)), ("<e", (0.333,)),
                  (">f", (1e-40,)), ("<?", (True,)), ("<c", (b"x",)), ("<5s", (b"abc",)),
                  ("<3p", (b"hello",)), ("<2i3x?", (1, 2, False)), ("@bi", (1, 2)), ("@ib", (1, 2)),
                  ("@bq0i", (1, 2)), ("=l", (7,)), ("@l", (7,)), ("<4B", (1, 2, 3, 4)),
                  ("<hhl", (1, 2, 3)), ("ifd", (1, 2.5, -0.1)), ("10s", (b"x" * 20,))]:
    data = struct.pack(fmt, *vals)
    print(fmt, struct.calcsize(fmt), data, struct.unpack(fmt, data))

print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("<e", b"\x00\x7c"), struct.unpack(">d", b"\x7f\xf8" + b"\0" * 6))
print(struct.unpack("<i", struct.pack("<f", 1.0)), struct.unpack("<f", struct.pack("<i", 0x5F3759DF)))
s = struct.Struct("<2H")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00"), list(s.iter_unpack(b"\x01\x00\x02\x00" * 2)))
buf = bytearray(8)
struct.pack_into("<HI", buf, 1, 5, 6)
print(buf, struct.unpack_from("<I", buf, 3), struct.unpack_from("<H", b"\x00\x01\x02", offset=1))
for fmt, vals in [("b", (200,)), ("B", (-1,)), ("h", (70000,)), ("<i", (2**40,)), ("<I", (-1,)),
                  ("<q", (2**64,)), ("i", (1.5,)), ("f", ("x",)), ("c", (b"ab",)), ("s", ("x",)),
                  ("<ii", (1,)), ("z", (1,)), ("3", ()), ("<P", (1,)), ("<f", (1e300,))]:
    try:
        print(struct.pack(fmt, *vals))
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
try:
    struct.unpack("<i", b"ab")
except struct.error as e:
    print("error", e)
print(struct.error.__module__, issubclass(struct.error, Exception))
