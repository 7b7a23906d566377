# Nested loops with break/continue at different levels.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        print(i, j, end="; ")
    print()
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)
count = 0
for i in range(5):
    if i == 2:
        continue
    for j in range(5):
        if j == 3:
            continue
        count += 1
print("count", count)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v % 4 == 0:
            print("multiple of 4 at", r, c)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if (i + j) % 2:
            j += 1
            continue
        print("even sum", i, j)
        j += 1
    i += 1
out = []
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a + b + c == 4:
                out.append((a, b, c))
print(out)
for x in range(3):
    for y in range(3):
        pass
    else:
        print("inner else for x =", x)
