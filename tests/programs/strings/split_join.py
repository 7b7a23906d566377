# split, rsplit, join
texts = ["a b  c", "  leading and trailing  ", "a,b,,c,", "", "   ", "one", "x\ty\nz\r\nw\x0bv\x0cu\x1cq\x85r\u2028s\u3000t"]
for t in texts:
    print(repr(t), t.split(), t.split(" "), t.split(","), t.rsplit(None, 1), t.split(maxsplit=1))
s = "a-b-c-d-e"
for n in (-1, 0, 1, 2, 10):
    print(n, s.split("-", n), s.rsplit("-", n), s.split(sep="-", maxsplit=n))
print("a--b--c".split("--"), "a--b--c".split("-"), "aaa".split("a"), "aaaa".split("aa"), "aaa".rsplit("aa"))
print("ßΣß".split("Σ"), "中,文,字".split(","), "😀x😀".split("x"), "AbcAbcA".split("A"))
print("  a  b  ".rsplit(None, 1), "  a  b  ".split(None, 1), "a b c".rsplit(" ", 1))
for bad in ("", ):
    try:
        "abc".split(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "ß".join(("1", "2")), " ".join(map(str, range(5))))
print("::".join(iter(["p", "q"])), "".join(x.upper() for x in "abc"), "|".join({"k": 1, "j": 2}))
for bad in (["a", 1], [None], [b"x"]):
    try:
        ",".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), words[::-1], " ".join(sorted(words)), " ".join(w[::-1] for w in words))
print(",".join(words).split(",", 3), ",".join(words).rsplit(",", 3))
