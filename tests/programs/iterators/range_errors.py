# range error messages
cases = ["range()", "range(1.5)", "range(0, 10, 0)", "range('3')", "range(1, 2, 3, 4)", "range(0, 5)[5]",
         "range(0, 5)[-6]", "range(0, 5)['a']", "range(5).index(9)", "range(0, 5)[::0]", "len(range(2 ** 64))",
         "range(2 ** 64)[2 ** 64]", "range(3).count()", "range(None)", "range(3) + range(2)", "range(3) * 2",
         "range(3) < range(4)"]
for src in cases:
    try:
        print(src, "=", eval(src))
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(src, "->", type(e).__name__, e)
r = range(2 ** 64)
print(r[2 ** 63], r[-1], r[-2 ** 63], 2 ** 63 in r, r.index(2 ** 63), r[::2 ** 32][5])
try:
    r.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I(), I()), list(range(I())))
