# strip/lstrip/rstrip/replace/removeprefix/removesuffix
samples = ["  hello  ", "\t\n x \r\x0b\x0c", "xxhixx", "\u3000wide\u3000", "\xa0nbsp\xa0", "", "   ", "ßßaßß"]
for s in samples:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip("ß")))
print("www.example.com".strip("cmowz."), "abcba".strip("ab"), "abcba".lstrip("ba"), "abcba".rstrip("ab"))
print("<<a>>".strip("<>"), "123abc321".strip("0123456789"), "mississippi".rstrip("ip"), "aaa".strip("a") == "")
print(repr("  x ".strip(None)), "x".strip(""), "abc".lstrip("") == "abc")
try:
    "x".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
r = "one two one two one"
print(r.replace("one", "1"), r.replace("one", "1", 2), r.replace("one", "1", 0), r.replace("one", "1", -1))
print(r.replace("", "-"), r.replace("", "-", 3), "".replace("", "x"), "".replace("a", "b"), "abc".replace("", ""))
print("aaaa".replace("aa", "b"), "aaa".replace("a", "aa"), "ΣΣ".replace("Σ", "σς"), "😀😀".replace("😀", "🙂", 1))
print(r.replace(" ", ""), r.replace("two ", ""), "x".replace("x", "", 5), "ab" * 3 .replace("ba", "|") if False else "ababab".replace("ba", "|"))
print("prefix_name".removeprefix("prefix_"), "prefix_name".removeprefix("nope"), "name.py".removesuffix(".py"))
print("name.py".removesuffix(".txt"), "aaa".removeprefix("a"), "aaa".removesuffix(""), "".removeprefix("x"))
print("ßtraße".removeprefix("ß"), "中文字".removesuffix("字"), "abc".removeprefix("abc") == "")
try:
    "abc".removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
text = "  The  quick\tbrown   fox  "
print(repr(" ".join(text.split())), repr(text.strip().replace("  ", " ")))
