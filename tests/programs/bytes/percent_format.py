# %-formatting on bytes and bytearray
print(b"%s and %s" % (b"bytes", bytearray(b"array")), b"%d %i %x %X %o" % (42, -7, 255, 255, 8))
print(b"%5d|%-5d|%05d|%+d|% d" % (3, 3, 3, 3, 3), b"%.2f %e %g %G" % (3.14159, 1e10, 1e-5, 1e20))
print(b"%c%c" % (65, b"B"), b"%r" % b"x" if False else b"%a" % "caf\xe9", b"%a %a" % (1, [b"l"]), b"%%")
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 9}, bytearray(b"%s!") % b"hi", type(bytearray(b"%s") % b"x").__name__)
print(b"%b" % b"bee", b"%10s|%-10s|" % (b"r", b"l"), b"%.2s" % b"trunc")
class HasBytes:
    def __bytes__(self):
        return b"HB"
print(b"%s %b" % (HasBytes(), HasBytes()))
for fmt, args in [(b"%s", "str"), (b"%s", 5), (b"%d", "5"), (b"%c", 256), (b"%c", b"ab"), (b"%s %s", (b"a",)),
                  (b"%s", (b"a", b"b")), (b"%y", (1,)), (b"%(k)s", {"k": b"v"}), (b"%x", 1.5), (b"%c", "a")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(fmt, type(e).__name__, e)
print(b"%r" % b"x")
