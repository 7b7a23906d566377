# str.format: positional, keyword, index, attribute fields
print("{}, {}, {}".format("a", "b", "c"), "{2}, {1}, {0}".format("a", "b", "c"), "{0}{0}{0}".format("ab"))
print("{x}/{y}/{x}".format(x=1, y=2), "{0}-{k}-{1}".format("p", "q", k="K"), "{}{k}{}".format(1, 2, k=3))
coords = (3, 5)
print("X: {0[0]}; Y: {0[1]}".format(coords), "{0[0][1]}".format([[1, 2]]), "{a[b]}".format(a={"b": "c"}))
print("{0[-1]}".format({"-1": "str key"}), "{0[10]}".format(list(range(20))), "{0[0x10]}".format({"0x10": "hex"}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(4, 2)
print("{0.x},{0.y} {0!r} {p.x}".format(p, p=p), "{.real}+{.imag}j".format(1.5, 2j), "{0.__class__.__name__}".format(p))
print("{0.x.bit_length}".format(p)[:28], "{obj.x:>4}|{obj.y:<4}|".format(obj=p))
args = ["zero", "one", "two"]
kw = {"name": "Krait", "lang": "Rust"}
print("{1} {0} {2}".format(*args), "{name} in {lang}".format(**kw), "{0} {name}".format(*args, **kw))
print("{!s:>8}|{!r:<8}|{!a:^10}|".format("é", "é", "é"), "{0!r:}".format("x"))
print("{:}".format(5), "{0:}".format("x"), "{}".format(None), "{}".format([1, {"k": (2,)}]))
print("{}".format("{}"), "{{}}".format(), "{{{}}}".format(7), "}}{{".format(), "{0}}}".format(1))
for fmt, a, k in [("{0.nope}", (1,), {}), ("{0[1]}", ([0],), {}), ("{a}", (), {"b": 1}), ("{0[x]}", ([1],), {}),
                  ("{1}", (0,), {}), ("{!}", (1,), {}), ("{0!}", (1,), {}), ("{0!rr}", (1,), {}), ("{0:", (1,), {}),
                  ("{0.}", (1,), {}), ("{0[]}", ([1],), {}), ("{:}}", (1,), {}), ("{0:{1}}", (1,), {})]:
    try:
        print(repr(fmt.format(*a, **k)))
    except (AttributeError, IndexError, KeyError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
