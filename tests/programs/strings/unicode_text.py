# operations on text with CJK, emoji, combining characters
texts = ["日本語のテキスト", "한국어 텍스트", "emoji: 😀🎉👍", "e\u0301 vs é", "👨‍👩‍👧", "Ελληνικά", "עברית", "Ünïcödé"]
for t in texts:
    print(repr(t), len(t), len(t.encode("utf-8")), len(t.encode("utf-16-le")) // 2, t[::-1][:3], t.upper()[:4])
fam = "👨‍👩‍👧"
print([hex(ord(c)) for c in fam], fam.count("\u200d"), fam.split("\u200d"))
print("é" == "e\u0301", len("é"), len("e\u0301"), sorted(["é", "e\u0301", "f", "e"]))
print("日本" + "語" == "日本語", "本" in "日本語", "日本語".index("語"), "日本語".find("x"))
print("😀".encode("utf-8"), "😀".encode("utf-16-be"), "😀".encode("utf-32-be"), len("😀"))
s = "aé中😀"
for c in s:
    print(c, ord(c), len(c.encode()), c.isalpha(), c.isprintable(), c.upper())
print(s.center(10, "·"), s.ljust(7, "ー"), s.zfill(6), s * 2)
print(max(s), min(s), sorted(s, reverse=True), "".join(sorted(s)))
words = "東京 大阪 京都 東京 札幌 京都 東京".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("Ελληνικά".lower(), "Ελληνικά".upper(), "ΟΔΟΣ".lower(), "ΟΔΟΣ ΟΔΟΣ".title())
