# str.format and format_map basics (detailed spec tests live in formatting/)
print("{} {} {}".format(1, "a", 2.5), "{0}{1}{0}".format("x", "y"), "{b}-{a}".format(a=1, b=2))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 3 + 4j), "{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>5}|{:<5}|{:^5}|{:*^7}".format("a", "b", "c", "d"), "{{literal}} {}".format(9))
print("{0:{1}}|{0:{2}{1}}".format("z", 6, ">"), "{:.{}f}".format(3.14159, 2))
class P:
    x = 10
    items = [4, 5]
print("{0.x} {0.items[1]} {p.x}".format(P(), p=P()))
d = {"name": "Krait", "ver": 3}
print("{name} v{ver}".format_map(d), "{name!r:>10}".format_map(d))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b} {c}".format_map(Default(a=1)))
errs = ["{", "}", "{0} {}", "{} {0}", "{2}", "{x}", "{0[}", "{:q}", "{!z}", "{0.missing}", "{0[5]}"]
for f in errs:
    try:
        print(f.format("v"))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(f), type(e).__name__, e)
try:
    "{a}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{:d}".format("x")
except ValueError as e:
    print(type(e).__name__, e)
print("中{}文".format("😀"), "{:^6}".format("ß中"), "{:-<4}".format(""))
