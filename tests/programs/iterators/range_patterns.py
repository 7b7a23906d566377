# common range iteration patterns
print([i for i in range(10, 0, -3)], [i for i in range(-10, -20, -4)], list(range(0, -5, -1)), list(range(5, 0)))
for n in [0, 1, 5, 10]:
    print(n, list(range(n)), list(range(n - 1, -1, -1)), list(range(0, n, 2)), list(range(1, n, 2)))
s = "abcdefg"
print([s[i] for i in range(len(s) - 1, -1, -2)], [s[i:i + 3] for i in range(0, len(s), 3)])
total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total, sum(i for i in range(1, 101) if i % 3 == 0 or i % 5 == 0))
for i in range(3):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
r = range(1, 20, 4)
print(list(r), list(reversed(r)), r[::-1], r[1:3], list(r[::2]), len(r[1:]), r.index(13), 13 in r)
print(list(zip(range(3), range(10, 13), range(20, 30, 5))), dict(zip(range(3), "xyz")))
for i in range(3):
    pass
print("loop var after loop:", i)
for i in range(0):
    pass
print("unchanged:", i)
acc = []
for i in range(5):
    if i == 3:
        break
    acc.append(i)
else:
    acc.append("no break")
print(acc)
for i in range(2):
    acc.append(i)
else:
    acc.append("completed")
print(acc)
print(sum(range(10 ** 6)), max(range(-10, 10, 7)), min(range(100, 0, -9)), list(range(10))[-3:])
