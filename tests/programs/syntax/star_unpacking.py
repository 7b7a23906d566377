# Star unpacking in assignments, calls, literals.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = (1, 2, 3, 4)
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
first, *_ = "hello"
print(first, _)
print(*[1, 2], *(3, 4), *"ab")
print([*range(3), *[10, 11]])
print((*range(2), 5))
print({*[1, 2], *{3}} == {1, 2, 3})
print({**{"a": 1}, **{"b": 2}, "c": 3})
print({**{"a": 1}, "a": 2})
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}, **{"z": 3}))
for a, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(a, rest)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
x = y = z = 9
print(x, y, z)
a = b = []
a.append(1)
print(b)
i, j = j, i = 1, 2
print(i, j)
t = 1, 2, 3
print(t, type(t).__name__)
s, = [7]
print(s)
