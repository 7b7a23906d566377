# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __len__(self):
        return self.w * self.h

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[(i, 0)] for i in range(*key.indices(self.w))]
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, value):
        return value in self.cells.values()

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]

    def __reversed__(self):
        return iter(list(self)[::-1])


g = Grid(3, 2)
g[0, 0] = "a"
g[2, 1] = "z"
print(len(g), g[0, 0], g[1, 1], "a" in g, "q" in g, list(g), list(reversed(g)), g[0:2])
del g[0, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError:", e)


class Defaulting(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]


d = Defaulting()
print(d["abc"], d["x"], d, d.get("zz"), "zz" in d)


class SeqOnly:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError


print(list(SeqOnly()), 4 in SeqOnly(), list(reversed([1, 2])), sorted(SeqOnly(), reverse=True))


class NoLen:
    pass


try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in NoLen()
except TypeError as e:
    print("TypeError:", e)


class BigLen:
    def __len__(self):
        return 2 ** 70


try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
