# range objects: iteration, indexing, slicing, membership.
r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-1]))
print(7 in r, 8 in r, r.index(11), r.count(15))
print(range(0), list(range(0)), len(range(10, 0)), list(range(10, 0, -3)))
print(range(5) == range(0, 5, 1), range(0) == range(4, 2), range(1, 2) == range(1, 3))
big = range(10 ** 20)
print(range(0, 10 ** 20, 3)[-1], big[-1], 10 ** 19 in big)
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(sum(range(1001)), max(range(7)), min(range(-3, 3)))
print(list(reversed(range(4))), list(range(-5, 5, 2)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(r.start, r.stop, r.step)
total = 0
for i in range(100):
    total += i * i
print(total)
