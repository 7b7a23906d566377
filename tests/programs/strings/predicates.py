# is* predicates over a wide range of characters
samples = ["abc", "ABC", "Abc", "aBC", "abc123", "123", "١٢٣", "½", "²", "Ⅻ", "一二三", "ß", "Σ", "ǅ",
           "  ", "\t\n", "\u3000", "\xa0", "", "a b", "_x1", "1x", "class", "résumé", "中文", "😀",
           "\x00", "\x7f", "é", "Hello World", "Hello world", "HELLO WORLD", "hello world", "ABC1",
           "abc!", "\u200b", "ℌ", "Ⅳ", "x\u0301", "٣", "\u2028", "A1 B2"]
methods = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isidentifier",
           "isprintable", "istitle", "islower", "isupper", "isascii"]
print(" ".join(m[2:6] for m in methods))
for s in samples:
    flags = "".join("1" if getattr(s, m)() else "." for m in methods)
    print(flags, repr(s))
count = {m: 0 for m in methods}
for cp in range(0, 0x3000, 7):
    c = chr(cp)
    for m in methods:
        if getattr(c, m)():
            count[m] += 1
print(count)
for cp in [0x30, 0xb2, 0xbc, 0x660, 0x6f0, 0x966, 0x2160, 0x3007, 0x4e00, 0xff10, 0x1d7ce, 0x1f600]:
    c = chr(cp)
    print(hex(cp), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalpha(), c.isalnum(), c.isprintable())
