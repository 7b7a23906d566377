# bytearray methods return bytearray; in-place vs copy behaviour
ba = bytearray(b"  Hello, Bytes World  ")
r = ba.strip()
print(r, type(r).__name__, ba)
print(ba.upper(), ba.lower(), ba.replace(b"l", b"L"), type(ba.replace(b"l", b"L")).__name__)
print(ba.split(), [type(x).__name__ for x in ba.split()][:1], ba.partition(b","), ba.rsplit(b" ", 2))
print(ba.find(b"World"), ba.count(b"l"), ba.startswith(b"  H"), ba.endswith(bytearray(b"  ")), ba.index(ord("B")))
print(bytearray(b"-").join([b"a", bytearray(b"b")]), type(bytearray(b"").join([])).__name__)
print(ba.center(30, b"="), ba.zfill(25), bytearray(b"abc").title(), bytearray(b"a1").isalnum())
print(ba.hex(" ", 4), bytearray(b"\x00\xff").hex(), ba.decode().strip(), ba.swapcase())
ba2 = bytearray(b"abc")
alias = ba2
ba2 += b"def"
print(alias, alias is ba2)
ba2[0:3] = b"XYZ123"
print(ba2, len(ba2))
ba2.extend(range(48, 52))
print(ba2)
print(ba2.pop(), ba2.pop(0), ba2)
del ba2[2:5]
print(ba2)
ba2.reverse()
print(ba2, bytes(ba2), list(ba2)[:3])
ba3 = bytearray(10)
for i in range(10):
    ba3[i] = i * 25
print(ba3, sum(ba3), max(ba3), ba3.find(100), ba3.rfind(b"\x00"))
ba3[::2] = bytes(5)
print(ba3, ba3.count(0))
ba4 = bytearray(b"hello")
ba4[1:4] = bytearray(b"EL")
print(ba4, ba4 * 2, bytearray(b"x").ljust(3, b".") + bytearray(b"!"))
print(bytearray(b"a,b,,c").split(b","), bytearray(b"line1\nline2").splitlines(), bytearray(b"  x ").lstrip())
print(bytearray(b"\tab").expandtabs(4), bytearray(b"abc").translate(bytes.maketrans(b"a", b"A")), bytearray.fromhex("4142"))
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd", b"abc" in bytearray(b"xabcx"), 97 in bytearray(b"a"))
