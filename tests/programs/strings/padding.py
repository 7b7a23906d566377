# center/ljust/rjust/zfill/expandtabs
for s in ["abc", "", "ß中", "😀", "abcdefgh"]:
    for w in (0, 3, 6, 9):
        print(repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "-")), repr(s.rjust(w, "中")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("a".center(4, "x")))
print(repr("ab".center(-3)), repr("x".ljust(3, " ")))
for bad in ("", "ab", 1):
    try:
        "x".center(5, bad)
    except TypeError as e:
        print(type(e).__name__, e)
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0x1f", "1" * 5]:
    print(repr(s), s.zfill(0), s.zfill(5), s.zfill(8))
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "a\tb\tc".expandtabs(0), "a\tb\tc".expandtabs(1))
print(repr("12345\t6\n1\t2\r\t3".expandtabs(4)), repr("\t".expandtabs(-1)), repr("ab\t".expandtabs(2)))
print(repr("ß中\tx".expandtabs(4)), len("\t\t".expandtabs()))
rows = [("name", "qty", "price"), ("apple", "3", "1.25"), ("banana", "12", "0.5"), ("kiwi", "100", "12.0")]
for r in rows:
    print(r[0].ljust(8) + "|" + r[1].rjust(5) + "|" + r[2].center(8) + "|")
