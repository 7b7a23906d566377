# string literal forms and escape sequences
print(repr("\a\b\f\n\r\t\v\\\'\""), len("\a\b\f\n\r\t\v"))
print(repr("\x41\x7a\x00\xff"), repr("\101\60\0\377"), repr("\u00e9\u4e2d"), repr("\U0001F600\U00000041"))
print("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{SNOWMAN}", repr("\N{NO-BREAK SPACE}"), len("\N{GRINNING FACE}"))
print(r"\n\t\x41", len(r"\n"), R"raw\\", rb"\x00" if False else r"\\", repr(r"a\"b"))
print("implicit" " concatenation " 'mixed' """quotes""", "a" "b" == "ab")
tri = """line one
  line two "quoted" 'single'
\tescaped tab\
 continued"""
print(tri)
print(repr(tri), len(tri.splitlines()))
tri2 = '''It's "fine"'''
print(tri2, repr(tri2))
print("unknown \q escape stays" if False else "skip", "\\q", len("\\q"))
print("tab\there", "nl\\n", 'single \'quoted\'', "double \"quoted\"", 'mixed "q"', "mixed 'q'")
print(u"unicode prefix", type(u"").__name__, "é" == "\xe9" == "\u00e9" == "\N{LATIN SMALL LETTER E WITH ACUTE}")
print(ord("\0"), ord("\n"), ord("\x7f"), ord("\177"), ord("\u20ac"), "\u20ac", "\x24\u00a2\u20ac\U00010348")
s = "a\
b"
print(s, len(s))
print(f"{'nested'} \x41 {1 + 1}", rf"\x41{2}", f"\N{BULLET} item", f"{chr(92)!r}")
print(len(""), len(''), len(""""""), """""" == "", repr("'" + '"'))
