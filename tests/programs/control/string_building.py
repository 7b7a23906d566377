# Building strings in loops: join, concatenation, formatting tables.
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 12.0)]
print(f"{'name':<8}|{'qty':>5}|{'price':>7}")
print("-" * 22)
for name, qty, price in rows:
    print(f"{name:<8}|{qty:>5}|{price:>7.2f}")
s = ""
for i in range(5):
    s += str(i) * i
print(s)
print(",".join(str(i * i) for i in range(8)))
parts = []
for word in "the quick brown fox".split():
    parts.append(word[::-1].capitalize())
print(" ".join(parts))
triangle = []
for i in range(1, 5):
    triangle.append(" " * (4 - i) + "*" * (2 * i - 1))
print("\n".join(triangle))
out = []
n = 0
while len(out) < 5:
    n += 1
    if n % 3 == 0:
        out.append(f"<{n}>")
print("".join(out))
