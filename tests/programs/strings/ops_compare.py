# str * int, in, comparisons, concatenation, ord/chr
print("ab" * 3, "ab" * 0, "ab" * -2, 3 * "x", "" * 100, "中" * 4, True * "t")
print("a" in "abc", "" in "abc", "" in "", "ac" in "abc", "中" in "中文", "ß" in "SS", "Σ" in "σ")
print("abc" < "abd", "abc" < "ab", "B" < "a", "é" > "z", "中" > "文", "a" < "aa", "" < "a", "Z" < "a")
print("abc" == "abc", "abc" != "ABC", "😀" > "\uffff", max("hello"), min("hello"), sorted("hello"))
print(sorted(["b", "A", "a", "B", "é", "E", "ß", "ss", "中", "z"]))
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A", "a", "B"], key=str.casefold))
for c in "aZ0 ~\x00é中😀ß":
    print(repr(c), ord(c), chr(ord(c)) == c, hex(ord(c)))
print(repr(chr(0)), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff", chr(65) + chr(0x1F600))
for bad in (-1, 0x110000, 2 ** 40):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ("", "ab", b"", 5):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(ord(b"A"), ord(bytearray(b"z")))
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
s = ""
for i in range(5):
    s += str(i) * i
print(s, len(s), s.count("4"))
