# find/rfind/index/rindex/count with start/end
s = "abracadabra ßΣ中文 abra"
for sub in ["a", "abra", "bra", "ra", "", "z", "ß", "中文", "Σ中", "abra "]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
for start, end in [(0, None), (1, None), (5, 15), (-5, None), (-10, -2), (20, 3), (100, None), (None, 4)]:
    print(start, end, s.find("a", start, end), s.rfind("a", start, end), s.count("a", start, end),
          s.find("", start, end), s.rfind("", start, end), s.count("", start, end))
print(s.index("cad"), s.rindex("abra"), s.index("a", 4), s.rindex("a", 0, 5), s.index("中"))
for args in [("z",), ("abra", 20), ("a", 1, 3), ("ß", 0, 5)]:
    try:
        s.index(*args)
    except ValueError as e:
        print("index", args, type(e).__name__, e)
    try:
        s.rindex(*args)
    except ValueError as e:
        print("rindex", args, type(e).__name__, e)
print("aaaa".count("aa"), "aaaa".count("a", 1, -1), "".count(""), "abc".count(""), "😀😀😀".count("😀😀"))
print("hello".find("l", -2), "hello".find("l", -100, 100), "hello".rfind("l", None, None))
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
pos = []
i = s.find("a")
while i != -1:
    pos.append(i)
    i = s.find("a", i + 1)
print(pos, len(pos) == s.count("a"))
