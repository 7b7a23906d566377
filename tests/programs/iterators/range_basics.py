# range: negative steps, len, index, contains, slicing, repr, equality
rs = [range(5), range(2, 10), range(0, 20, 3), range(10, 0, -1), range(10, 0, -3), range(0), range(5, 5),
      range(5, 0), range(-5, 5, 2), range(0, -10, -4), range(1, 2, 100)]
for r in rs:
    print(repr(r), list(r), len(r), bool(r), r.start, r.stop, r.step)
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[-3], r[1:4], r[::-1], r[::2], r[-2:], r[100:], list(r[::-2]), r[1:-1:3])
print(7 in r, 8 in r, 27 in r, 31 in r, 7.0 in r, True in range(2), "x" in r, r.count(11), r.count(12))
print(r.index(11), r.index(27), range(10, 0, -2).index(4))
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 5), range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2])
print(range(1, 10, 3) == range(1, 11, 3), range(0, 1, 5) == range(0, 1, 7), hash(range(3)) == hash(range(0, 3)))
print(list(range(10, -10, -7)), list(reversed(range(1, 10, 2))), sum(range(101)), max(range(-5, 5, 3)))
print(range(-3, 3)[::-1], range(10)[2:8:2][1], range(10)[::-1][2:5])
big = range(0, 10 ** 18, 7)
print(len(big), big[-1], 7 * 10 ** 16 in big, (10 ** 17 + 3) in big, big.index(700), big[10 ** 16])
print(list(range(True, 4)), range(0, 10)[slice(None, None, -3)], str(range(1, 2)))
