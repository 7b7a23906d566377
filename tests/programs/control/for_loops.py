# for loops over many iterables, with else, break and continue.
for c in "abc":
    print("char", c)
for i in range(2, 12, 3):
    print("range", i)
for i in range(5, 0, -2):
    print("down", i)
for k in {"x": 1, "y": 2}:
    print("key", k)
for k, v in {"x": 1, "y": 2}.items():
    print("item", k, v)
for i, v in enumerate(["a", "b"], start=10):
    print("enum", i, v)
for a, b in zip([1, 2, 3], "xyz"):
    print("zip", a, b)
for x in []:
    print("never")
else:
    print("else after empty loop")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print("prime", n)
for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)
items = [1, 2, 3]
for x in items:
    if x == 2:
        items.append(99) if len(items) < 5 else None
    print("mutating iteration", x)
for i in range(3):
    pass
print("loop var after loop", i)
for b in b"AB":
    print("byte", b)
for t in [(1, (2, 3)), (4, (5, 6))]:
    p, (q, r) = t
    print(p + q + r)
for p, (q, r) in [(1, (2, 3))]:
    print("nested target", p, q, r)
d = {}
for d["key"] in range(3):
    pass
print(d)
