# String escapes and prefixes.
print("a\tb\\c\'d\"e")
print('\a\b\f\v\r'.encode())
print("\0\01\012".encode())
print("\x7f\u1234\U0001F600".encode("utf-8"))
print(repr("\n\t\\"), repr('\''), repr("'\""))
print(r"\d+\s*" == "\\d+\\s*")
print(b"\x00\xff\n", rb"\x00")
print(len("\N{LATIN SMALL LETTER E WITH ACUTE}"), "\N{BULLET}")
print("multi" "ple" 'parts')
print(u"unicode prefix")
print("""a "quoted" 'thing'""", '''it's''')
s = "line1\
 continued"
print(s)
print(repr("tab\there"), ascii("é"), ascii("\U0001F600"))
print(str(b"abc"), repr(b"\x80abc'"), repr(b'"'), repr(b"'\""))
