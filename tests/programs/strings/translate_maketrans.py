# str.maketrans and translate
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()), "aabbcc abc".translate(t1))
t2 = str.maketrans("abc", "xyz", "!?")
print(sorted(t2.items()), "a!b?c.".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "ß": "ss"})
print(sorted(t3.items()), "abcßd".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({}), "hello".translate({104: 72, 111: None}))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World! Why did the chicken cross the road?"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13) == msg)
print("中文".translate({ord("中"): "zhong", ord("文"): 0x6587 + 1}), "😀x".translate({0x1F600: "smile"}))
class Table:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError
print("beekeeper".translate(Table()))
for args in [("ab", "x"), ("a",), ({"ab": "x"},), ({1.5: "x"},)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".translate({ord("a"): 1.5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({ord("a"): 0x110000})
except ValueError as e:
    print(type(e).__name__, e)
vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming in Python is fun".translate(vowels))
print(str.maketrans("", ""), "".translate(rot13))
