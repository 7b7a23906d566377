# Files as context managers: reading the program's own source.
with open(__file__, encoding="utf-8") as f:
    first = f.readline()
    print(f.closed, first.rstrip())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(__file__, "rb") as fb:
    head = fb.read(10)
print(head, type(head).__name__)
with open(__file__) as a, open(__file__) as b:
    print(a.readline() == b.readline())
lines = 0
with open(__file__) as src:
    for line in src:
        lines += 1
print("line count matches:", lines == len(open(__file__).read().splitlines()))
