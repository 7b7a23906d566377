# __repr__, __str__, __format__ and their fallbacks.
class Both:
    def __repr__(self):
        return "Both(repr)"

    def __str__(self):
        return "Both(str)"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class Formatted:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        if spec == "":
            return f"F[{self.v}]"
        if spec == "hex":
            return hex(self.v)
        return format(self.v, spec)

    def __repr__(self):
        return f"Formatted({self.v!r})"


b, r, f = Both(), OnlyRepr(), Formatted(255)
print(b, repr(b), str(b), f"{b}", f"{b!r}", [b], (b,), {"k": b})
print(r, str(r), f"{r}", [r])
print(f, format(f), format(f, "hex"), f"{f:>8}", f"{f:hex}", "{:08b}".format(f), str(f))
print("%s %r" % (b, b), "{} {!r} {!s}".format(b, b, b))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(OnlyRepr(), ""))


class SubStr(str):
    def __repr__(self):
        return "SubStr!"


s = SubStr("text")
print(s, repr(s), [s], f"{s}", str(s) == "text")


class Recursive:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return f"R({self.items!r})"


lst = [1]
lst.append(lst)
print(lst)
d = {"a": 1}
d["self"] = d
print(d)
