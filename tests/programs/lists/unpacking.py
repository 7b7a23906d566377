# sequence unpacking and starred assignment with lists
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = [10, 20, 30, 40]
print(init, last)
head, *mid, tail = "abcdef"
print(head, mid, tail)
x, *y = [1]
print(x, y)
[p, q], r = [[1, 2], 3]
print(p, q, r)
(i, (j, *k)), l = [(1, [2, 3, 4]), 5]
print(i, j, k, l)
m = n = [0]
m.append(1)
print(m, n)
a, b = b, a
print(a, b)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
lst[i], i = 99, 2
print(lst, i)
for u, *v in [[1, 2, 3], [4], [5, 6]]:
    print(u, v)
print([*[1, 2], *(3,), *{4: None}, *range(5, 7)])
merged = [*"ab", *[None] * 2]
print(merged)
for bad in ([1, 2], [1, 2, 3, 4]):
    try:
        a, b, c = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
def f(*args):
    return list(args)
print(f(*[1, 2], *[3]), f(), f(*"xy"))
