# len() across types and via __len__
print(len(""), len("héllo"), len("😀"), len(b"\x00\x01"), len([1, [2, 3]]), len(()), len({1: 2, 3: 4}), len({1, 1, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(bytearray(5)), len(frozenset("abca")), len({}.keys()))
print(len("a\nb\tc"), len(" " * 100), len([None] * 7), len(str(2 ** 100)), len(repr("x")), len(dict.fromkeys(range(9))))
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(3)), len(Sized(0)), bool(Sized(0)), bool(Sized(2)))
for bad in [Sized(-1), Sized(2 ** 70), Sized(1.5), Sized("3")]:
    try:
        print(len(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
class IndexLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()
try:
    print(len(IndexLen()))
except TypeError as e:
    print(type(e).__name__, e)
for obj in [5, 2.5, None, iter([1]), (x for x in "a"), len, Sized]:
    try:
        len(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
class B(Sized):
    def __bool__(self):
        return True
print(bool(B(0)), len(B(0)))
