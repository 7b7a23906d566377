# mutating a dict during iteration
d = {i: i * i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
try:
    for v in d.values():
        d[v + 1000] = v
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {i: i for i in range(3)}
try:
    for k in d.keys():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: "a"}
it = iter(d)
d[2] = "b"
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print({k: v for k, v in d.items() if k > 1})
