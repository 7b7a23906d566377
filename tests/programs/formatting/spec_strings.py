# format spec applied to strings and other objects
words = ["a", "hello", "straße", "中文字", "😀x", ""]
for w in words:
    print(repr(w), "|".join(format(w, s) for s in ["", "s", ".2", ".2s", "8", ">8.3", "*^9.1", "<1", "x>4"]))
print(format("abc", ".0"), repr(format("abc", ".0s")), format("abc", ".10"), format("é", "^5"))
for bad in ["d", "f", "x", "c", "%", "+", "=", ","]:
    try:
        format("abc", bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(format([1, 2], ""), format((1,), ""), format(None, ""), format({1: 2}, ""))
for obj, spec in [([1, 2], "10"), (None, ">5"), (object, "s")]:
    try:
        format(obj, spec)
    except TypeError as e:
        print(type(e).__name__, e)
print(format(b"ab", "") if False else "skip bytes", format(range(3), ""), format(str, "") if False else "skip")
print("{:10}|{:>10}|{:^10.4}|".format("left", "right", "middle-ish"))
print(f"{'x':\u00b7^7}", f"{'y':\u2500<6}", f"{'z':\U0001F600>3}")
