# bytes/bytearray operators, comparisons, conversions between them
a = b"abc"
ba = bytearray(b"abc")
print(a == ba, ba == a, a is not ba, a < bytearray(b"abd"), ba >= b"abc", ba + a, a + ba, type(a + ba).__name__)
print(a * 2, ba * 2, 3 * ba, a[::-1], ba[::-1], type(ba[0:1]).__name__, ba[0], bytes(ba), bytearray(a))
print(sorted([b"b", b"a", b"ab", b"", b"\xff", b"B"]), max([b"x", b"xy"]), min(bytearray(b"q"), b"p"))
print(list(reversed(b"abc")), list(enumerate(b"hi")), dict(zip(b"ab", b"xy")), set(b"hello") == set(b"helo"))
print(len(b""), len(ba), bool(b""), bool(b"\x00"), bool(bytearray()), b"a" in ba, 98 in ba)
ba2 = ba
ba2 += b"def"
print(ba, ba2, ba is ba2)
a2 = a
a2 += b"def"
print(a, a2, a is a2)
print(str(b"x"), repr(bytearray(b"x'\"")), repr(b"x'"), repr(b'x"'), repr(b"'\""), str(bytearray()))
for op in ["a + 'x'", "a * 1.5", "a < 'abc'", "ba + 1", "'x' + a", "a - a"]:
    try:
        print(eval(op))
    except TypeError as e:
        print(op, type(e).__name__, e)
print(int.from_bytes(a, "big"), list(a), tuple(ba), b" ".join([a, ba]), [c for c in ba if c > 97])
print(a.decode().upper().encode(), bytes(reversed(ba)), bytes(map(lambda c: c ^ 0x20, a)))
print(hash(b"") == hash(b"") and "stable", a.__len__(), ba.__contains__(99), a.__getitem__(1))
try:
    hash(ba)
except TypeError as e:
    print(type(e).__name__, e)
