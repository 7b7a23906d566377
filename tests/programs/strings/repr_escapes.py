# repr quoting and escapes, ascii()
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\nx", "cr\r",
           "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xff", "é中😀", "\u200b\u2028\ufeff", "\ud800", "\U0001F600",
           "\U000e0001", "\xad", "'", '"', "", "\a\b\f\v", "\x1b[0m", "\u0378", "\U0010FFFF"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["a", 'b"', "c'"]), repr(("\n",)), repr({"k\t": "v\\"}))
print(str("x\ny"), "%r" % "q'", f"{'é'!a}", f"{'x'!r:>8}")
print(repr("a" * 3 + "'" + '"'), eval(repr("it's \"x\"")) == "it's \"x\"")
for cp in [0, 7, 9, 10, 13, 27, 31, 32, 126, 127, 128, 160, 173, 255, 256, 0x300, 0x2000, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0xe01ef]:
    print(hex(cp), repr(chr(cp)), ascii(chr(cp)), chr(cp).isprintable())
class Q:
    def __repr__(self):
        return "Q<é>"
print(repr(Q()), ascii(Q()), str(Q()), [Q()], ascii([Q(), "ü"]))
