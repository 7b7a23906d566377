# str() constructor and conversions of many objects
print(str(), str(1), str(-2.5), str(1e100), str(True), str(None), str([1, "a"]), str((1,)), str({1: "b"}))
print(str(b"abc"), str(b"abc", "ascii"), str(b"a\xffb", "utf-8", "replace"), str(bytearray(b"q"), encoding="latin-1"))
print(str(object=5), str(3 + 0j), str(range(3)), str(slice(1, 2)), str(str), str(int))
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
class B:
    def __repr__(self):
        return "B-repr"
print(str(A()), repr(A()), str(B()), [A()], f"{A()}", f"{A()!r}", "%s %r" % (A(), A()))
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"x", "no-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    str(5, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hey")
print(s, s.shout(), type(s).__name__, type(s + "x").__name__, type(s.upper()).__name__, s == "hey", isinstance(s, str))
print(str(s), type(str(s)).__name__, len(s), s[1:], type(s[1:]).__name__)
print(list("héllo"), tuple("ab"), set("aab") == {"a", "b"}, dict.fromkeys("xy"))
print("".join(chr(c) for c in range(0x41, 0x5b)), "".join(reversed("stressed")))
print(str(12345678901234567890), str(0.1), str(-0.0), str(float("nan")))
