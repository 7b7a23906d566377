# Semicolons, one-line suites, pass and Ellipsis statements.
a = 1; b = 2; c = a + b; print(a, b, c)
if a: print("one-line if")
for i in range(3): print("loop", i)
while a < 3: a += 1
print(a)
def f(): return "one-line def"
print(f())
class K: x = 5
print(K.x)
def stub(): ...
print(stub())
def stub2(): pass
print(stub2())
if c > 2: pass
else: print("never")
try: 1 / 0
except ZeroDivisionError: print("caught inline")
with open(__file__) as fh: print(fh.readline().rstrip())
x = [1,
     2,
     3]
print(x)
d = {
    "a": 1,
    "b": 2,
}
print(d)
def g(
    p,
    q=2,
):
    return p + q
print(g(
    1,
))
...
Ellipsis
print("done")
