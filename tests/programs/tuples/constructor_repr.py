# tuple() construction from iterables, nested reprs, and tuple subclasses
print(tuple(), tuple([]), tuple("héllo"), tuple(range(0, 10, 3)), tuple({"a": 1, "b": 2}), tuple({3}))
print(tuple(x * x for x in range(4)), tuple(map(str, (1, 2))), tuple(zip("ab", "cd")), tuple(enumerate("xy")))
print(tuple(b"ab"), tuple(bytearray(b"\x00\xff")), tuple(reversed((1, 2, 3))), tuple(iter([None])))
t = (1,)
print(repr(t), repr(((1,),)), repr((1, (2, (3, (4, ()))))), repr(((), [], {}, set(), "")), repr(("a", 'b"', "c'")))
print(str((1.5, -0.0, 1e100, float("nan"))), str((True, None, ...)), ascii(("é",)), f"{(1, 2)}", "%s" % ((1, 2),))
print((1, 2) + (3,), (1, 2) * 2, (1,) * 0, (), (()), ((),), ((), ()), len(((), ())))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"
p = Pair(1, "x")
print(p, p.first, p.swap(), len(p), p == (1, "x"), isinstance(p, tuple), type(p + (2,)).__name__, type(p[:1]).__name__)
print(sorted([Pair(2, 1), Pair(1, 2)]), hash(p) == hash((1, "x")), p.count(1), p.index("x"))
try:
    tuple(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
big = tuple(range(1000))
print(big[::100], big[-1], len(big), big.index(999), sum(big), big[500:505])
nested = ((1, 2), (3, (4, 5)), ())
print(nested[1][1][0], nested[-1], len(nested[2]), [len(x) for x in nested])
a, b = (lambda: (1, 2))()
print(a, b, (lambda *args: args)(1, 2, 3), (lambda *args: args)())
