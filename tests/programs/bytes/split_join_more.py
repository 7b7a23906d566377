# bytes split/join/strip corner cases and whitespace definition
samples = [b"a b  c", b"  lead", b"trail  ", b"\t\n\x0b\x0c\r x \x1c\x1d", b"", b" ", b"a,b,,c,", b"\xa0nbsp\xa0", b"\x85x\x85"]
for s in samples:
    print(s, s.split(), s.split(b" "), s.split(b",", 1), s.rsplit(maxsplit=1), s.strip(), s.strip(b" a"))
print(b"a\x1cb".split(), b"a\x1cb".splitlines(), b"a\x0bb".splitlines(), b"a\x85b".splitlines())
print(b"one\r\ntwo\rthree\n".splitlines(keepends=True), b"x\n\n".splitlines(), b"\n".splitlines())
print(b", ".join([b"x", b"y"]), b"".join(bytes([i]) for i in range(65, 70)), b"-".join([bytearray(b"q"), bytes(b"r")]))
print(b"abc".center(9), b"abc".center(8, b"."), b"abc".ljust(2), b"abc".rjust(6, b"0"), b"-42".zfill(6), b"+7".zfill(4))
print(b"Hello World".split(b"o"), b"Hello World".rsplit(b"o", 1), b"Hello World".partition(b"x"), b"Hello World".rpartition(b"o"))
print(b"  \t spaced \t ".strip(), b"xxhixx".strip(b"x"), b"<>tag<>".lstrip(b"<>"), b"path///".rstrip(b"/"))
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"", b"-"), b"abc".replace(b"b", b""), b"abab".replace(b"ab", b"X", 1))
print(b"a b".isspace(), b" \t\n\r\x0b\x0c".isspace(), b"\x1c".isspace(), b"ABC".isupper(), b"Abc Def".istitle())
print(b"hello world".title(), b"HELLO".capitalize(), b"MiXeD 123".swapcase(), b"\xe9t\xe9".upper())
parts = b"k1=v1;k2=v2;;k3=".split(b";")
print(parts, dict(p.partition(b"=")[::2] for p in parts if p))
print(b"|".join(p.strip() for p in b" a | b |c ".split(b"|")))
