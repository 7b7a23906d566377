# Exceptions raised from inside hot loops, at late iterations.
def risky(i):
    if i == 4321:
        raise ValueError(f"bad iteration {i}")
    return i % 13


total = 0
try:
    for i in range(10000):
        total += risky(i)
except ValueError as e:
    print("ValueError:", e, "total so far", total)
errors = 0
for i in range(5000):
    try:
        total += 100 // (i % 1000)
    except ZeroDivisionError:
        errors += 1
print(total, errors)
d = {}
misses = 0
for i in range(3000):
    key = i % 50
    try:
        d[key] += 1
    except KeyError:
        misses += 1
        d[key] = 1
print(misses, sum(d.values()), d[49])
lst = list(range(100))
idx_errors = 0
for i in range(2000):
    try:
        lst[i % 150]
    except IndexError:
        idx_errors += 1
print(idx_errors)
i = 0
while True:
    i += 1
    if i * i > 5_000_000:
        break
print(i)
