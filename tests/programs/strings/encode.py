# str.encode with codecs and error handlers
s = "héllo ß中😀"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf8", "UTF-8", "u8"]:
    b = s.encode(enc)
    print(enc, len(b), b[:12], b.decode(enc) == s)
for errors in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
    for enc in ["ascii", "latin-1"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e)
print("abc".encode(), "".encode(), "\x00\x7f\x80".encode(), "\x00\x7f\x80".encode("latin-1"))
try:
    "a\ud800b".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason, e.encoding)
print("a\ud800b".encode("utf-8", "surrogatepass"), "a\ud800b".encode("utf-8", "replace"))
print("a\udcffb".encode("utf-8", "surrogateescape"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "x".encode("ascii", "bogus-handler")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii", "bogus-handler")
except LookupError as e:
    print(type(e).__name__, e)
data = "Ünïcödé".encode("utf-8")
print(data, list(data), len(data), data.decode(), data.decode("latin-1"))
print(data.decode("ascii", "replace"), data.decode("ascii", "ignore"), data.decode("ascii", "backslashreplace"))
try:
    data.decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff\xfe".decode("utf-8", "surrogateescape") == "\udcff\udcfe", str(b"abc", "ascii"), str(b"\xe4", "latin-1"))
print(s.encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"), len(s.encode("utf-16")))
