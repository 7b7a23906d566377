# code-point ordering of strings, sorting with keys, min/max
words = ["banana", "Apple", "apple", "Äpfel", "zebra", "Zebra", "éclair", "eclair", "中文", "日本", "ß", "ss", "", "a", "A", "_x", "1abc", "~"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True)[:5], min(words), max(words), min(words, key=len), max(words, key=len))
for a, b in [("a", "b"), ("a", "A"), ("abc", "abd"), ("ab", "abc"), ("", " "), ("é", "f"), ("Z", "a"), ("10", "9"), ("ß", "t")]:
    print(repr(a), repr(b), a < b, a > b, a == b, (a > b) - (a < b))
print([ord(c) for c in "Aaé中😀"], sorted("Aaé中😀"), sorted("Aaé中😀", key=ord, reverse=True))
nums = ["10", "9", "100", "1", "02"]
print(sorted(nums), sorted(nums, key=int), sorted(nums, key=lambda s: (len(s), s)))
names = ["Émile", "Zoë", "Ana", "émile", "ana", "Zoe"]
print(sorted(names), sorted(names, key=lambda n: n.lower()), sorted(set(n.lower() for n in names)))
print("abc" < "abd" < "abe", "a" * 3 > "a" * 2, "Z" * 100 < "a", "\x00" < "\x01", "\uffff" < "\U00010000")
