# Assignment expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = []
i = 0
while (i := i + 1) < 5:
    values.append(i)
print(values)
print([y for x in data if (y := x * 2) > 6])
print(y)
print([(last := x) for x in range(4)], last)
total = 0
print([total := total + x for x in [1, 2, 3, 4]], total)
def f(x):
    return x * 10
print([z for v in range(4) if (z := f(v)) % 20 == 0])
print((w := 5), w + 1)
print(f"{(q := 3) * 2} {q}")
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
def g():
    if (m := 4) > 3:
        return m
print(g())
print(any((hit := v) > 7 for v in data), hit)
print(all((miss := v) < 5 for v in data), miss)
lines = iter(["a", "b", ""])
while (line := next(lines)):
    print("line", line)
