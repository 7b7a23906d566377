# common bytes methods
b = b"  The quick brown fox, the lazy dog  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" god"), b.split(), b.split(b","), b.rsplit(None, 2))
print(b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase())
print(b.find(b"the"), b.rfind(b"o"), b.index(b"fox"), b.count(b"o"), b.count(b" "), b.find(111), b.count(32))
print(b.replace(b" ", b"_"), b.replace(b"o", b"0", 2), b.startswith(b"  T"), b.endswith((b"x", b"  ")))
print(b.partition(b","), b.rpartition(b" "), b.center(44, b"*"), b.strip().ljust(40, b"."), b"7".zfill(4))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b", ".join(x.encode() for x in "xyz"))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b"  ".isspace(), b"Ab".istitle(), b"ab".islower(),
      b"AB".isupper(), b"\x80".isascii(), b"\xe9".isalpha(), b"".isalpha())
print(b"a\tb".expandtabs(4), b"line1\nline2\r\n".splitlines(), b"line1\nline2\r\n".splitlines(True))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"), b"x,y,,z".split(b",", 2), b"aaa".split(b"a"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"hello world".translate(None, b"lo"), b"abc".translate(t, b"b"))
try:
    b.find("the")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.index(b"cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"x".join(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print(type(e).__name__, e)
print(b"ab".hex(), b"hello".count(b"l", 3), b"hello".find(b"l", -2), b"x".ljust(3, b"-"), b"x".rjust(3))
