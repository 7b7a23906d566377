# lower/upper/casefold/title/capitalize/swapcase with non-ASCII
words = ["hello", "HELLO", "hElLo WoRlD", "straße", "STRASSE", "ΣΊΣΥΦΟΣ", "όσος", "İstanbul", "ıi",
         "ǆemal", "ǅ", "ŉ", "ﬁne", "ΑΣ ΑΣ.", "o'neil mc-donald", "123abc", "", "中文ABC", "ǰ", "ΐ",
         "they're bill's friends", "hello   world", "ß", "ﬃ"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.casefold()))
    print("   ", repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), len(w.upper()), len(w.lower()))
print("Σ".lower(), "ΑΣ".lower(), "ΑΣΑ".lower(), "Σ ".lower(), "aΣ".lower(), "aΣb".lower(), "aΣ!".lower())
print("İ".lower(), len("İ".lower()), [hex(ord(c)) for c in "İ".lower()], "ı".upper(), "i".upper())
print("straße".upper() == "STRASSE", "straße".casefold() == "strasse", "STRASSE".casefold())
print("ß".lower(), "ß".upper(), "ß".title(), "ß".capitalize(), "ß".swapcase())
print("ǳ".title(), "ǳ".upper(), "ǳ".lower(), "Ǳ".capitalize())
a, b = "Straße", "STRASSE"
print(a.lower() == b.lower(), a.casefold() == b.casefold(), a.upper() == b.upper())
print("hello world".title().swapcase(), "X".join(w.capitalize() for w in "a bb ccc".split()))
