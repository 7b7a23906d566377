# Functions and globals rebound while a hot loop runs.
def f(x):
    return x + 1


results = []
total = 0
for i in range(5000):
    if i == 2500:
        def f(x):
            return x * 2
    total += f(i)
print(total)
scale = 1
acc = 0
for i in range(4000):
    if i == 1000:
        scale = 2
    if i == 3000:
        scale = 0.5
    acc += scale
print(acc)
import builtins

orig_len = builtins.len
calls = 0
n = 0
for i in range(3000):
    if i == 1500:
        def len(obj):
            global calls
            calls += 1
            return orig_len(obj) * 10
    n += len("abc")
print(n, calls)
del len
ops = [lambda a: a + 1] * 1000 + [lambda a: a - 1] * 1000
v = 0
for op in ops:
    v = op(v)
print(v)
