# Hot loops whose variable types change mid-loop (int -> bigint -> float -> str).
x = 1
checkpoints = []
for i in range(200):
    x = x * 3
    if i in (38, 39, 40, 41, 199):
        checkpoints.append((i, type(x).__name__, x.bit_length()))
print(checkpoints)
total = 0
for i in range(3000):
    if i == 1000:
        total = float(total)
    if i == 2000:
        total = str(total)
    if isinstance(total, str):
        total = total[:10]
    else:
        total += i
print(repr(total))
acc = 0
for i in range(10000):
    acc += i if i % 7 else -i
    if acc > 2 ** 62 - 10:
        acc = -acc
print(acc)
big = 2 ** 62
vals = []
for step in range(6):
    big += 2 ** 61
    vals.append(big)
print(vals[-1] - 2 ** 62, [type(v).__name__ for v in vals][:2])
mixed = [1, 2.5, 3, 4.5, True, 10 ** 20, -7]
s = 0
for rep in range(500):
    for v in mixed:
        s += v
print(s)
