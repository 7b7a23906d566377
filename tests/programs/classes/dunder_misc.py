# Assorted special methods: __contains__, __iter__ fallback, __len__ in bool, __call__, __enter__.
class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2


r = Range2(9)
print(list(r), 4 in r, 5 in r, sum(r), max(r), sorted(r, reverse=True), tuple(r))
print(dict.fromkeys(r), set(r) == {0, 2, 4, 6, 8}, list(zip(r, "abcde")), list(enumerate(r))[:2])
a, b, *c = r
print(a, b, c)


class Named:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"N{self.n}"

    def __lt__(self, o):
        return self.n < o.n


print(sorted([Named(3), Named(1), Named(2)]), min(Named(5), Named(4)), max([Named(0), Named(9)]))
try:
    sorted([Named(1), 2])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class Dir:
    def __dir__(self):
        return ["zeta", "alpha"]


print(dir(Dir()))


class Sized:
    def __len__(self):
        return 3

    def __length_hint__(self):
        return 100


print(len(Sized()), bool(Sized()))


class Getter:
    def __getitem__(self, key):
        return key * 2


print(Getter()[5], Getter()["ab"], Getter()[1, 2])
