# bytes.decode with codecs and error handlers
samples = [b"plain", b"caf\xc3\xa9", b"\xe4\xb8\xad\xe6\x96\x87", b"\xf0\x9f\x98\x80", b"bad\xffbyte", b"\xc3",
           b"\xed\xa0\x80", b"\xc0\xaf", b"trunc\xe4\xb8", b"\x80\x81"]
for s in samples:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            r = s.decode("utf-8", errors)
            print(repr(s), errors, repr(r), len(r))
        except UnicodeDecodeError as e:
            print(repr(s), errors, type(e).__name__, e)
for enc in ["ascii", "latin-1", "utf-16-le", "utf-16-be", "utf-32-le", "cp1252"]:
    try:
        print(enc, repr(b"Az\xe9\x00\x80\x00".decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    b"abc".decode("rot13")
except LookupError as e:
    print(type(e).__name__, e)
print(b"x".decode(), bytearray(b"\xc3\xa9").decode(), b"\xef\xbb\xbfbom".decode("utf-8-sig"), b"bom".decode("utf-8-sig"))
print(b"\xff\xfea\x00".decode("utf-16"), repr(b"".decode("utf-16")))
try:
    b"a".decode("utf-16")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
