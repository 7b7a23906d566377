# Loop variable binding: leaks after loops, targets of various kinds.
for i in range(3):
    pass
print(i)
for i in []:
    pass
print(i)
x = [0, 0, 0]
for x[0] in range(3):
    pass
print(x)


class O:
    pass


o = O()
for o.attr in "abc":
    pass
print(o.attr)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)
for first, *rest in ["xyz", "ab"]:
    print(first, rest)
total = 0
for total in range(5):
    total += 100
print(total)
values = [1, 2, 3]
for v in values:
    v *= 10
print(values)
for idx in range(len(values)):
    values[idx] *= 10
print(values)
