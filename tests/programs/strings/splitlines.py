# splitlines with every line boundary
text = "l1\nl2\rl3\r\nl4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029l12"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[:4])
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "a\n".splitlines(), "a\n\nb".splitlines(True))
print("a\r\rb".splitlines(), "\r\n\r\n".splitlines(True), "no newline".splitlines(), "x\n\r".splitlines())
print("a\nb".split("\n"), "a\nb\n".split("\n"), "a\nb\n".splitlines())
print(len(text.splitlines()), [len(l) for l in text.splitlines(True)])
poem = """Roses are red,
  Violets are blue;\r
Sugar is sweet\x85And so are you."""
for i, line in enumerate(poem.splitlines(), 1):
    print(i, repr(line), len(line), line.strip())
for i, line in enumerate(poem.splitlines(True)):
    print(i, repr(line[-1]))
print(b"a\nb\rc\r\nd\x0be".splitlines(), b"a\x85b".splitlines())
print("tab\tsep\tvalues\nrow2\tx".splitlines()[1].split("\t"))
print([l for l in "a\n b\n\n  \nc".splitlines() if l.strip()])
