"""Concatenation of lists and tuples and the set operators: results, their
types, identity where CPython keeps it, subclasses that override the
operators, and the errors for mixed operands."""

a = [1, 2]
print(a + a, a + [], [] + a, (a + a) is a)
t = (1, 2)
print(t + (3,), t + () is t, () + t is t, (t + (3,)) is t)
acc = ()
for i in range(4):
    acc += (i,)
print(acc)

s, f = {1, 2, 3}, frozenset({3, 4})
for x, y in ((s, f), (f, s), (s, s), (f, f)):
    for r in (x | y, x & y, x - y, x ^ y):
        print(type(r).__name__, sorted(r), end="; ")
    print()
g = frozenset({1})
h = g
g |= {2}
print(sorted(g), sorted(h), g is h)
u = {1}
v = u
u |= {2}
print(sorted(u), u is v)


class L(list):
    def __add__(self, other):
        return "L.__add__"


class RL(list):
    def __radd__(self, other):
        return "RL.__radd__"


class T(tuple):
    pass


class S(set):
    def __or__(self, other):
        return "S.__or__"

    def __ror__(self, other):
        return "S.__ror__"


print(L([1]) + [2], [1] + L([2]), [1] + RL([2]))
print(type(T((1,)) + (2,)).__name__, type((1,) + T((2,))).__name__)
print(S() | {1}, {1} | S(), type(set() | frozenset()).__name__)
for bad in (lambda: [1] + (2,), lambda: (1,) + [2], lambda: {1} | [1], lambda: [1] - [1]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
