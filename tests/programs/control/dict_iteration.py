# Iterating dicts: insertion order, views, mutation during iteration.
d = {"b": 2, "a": 1, "c": 3}
for k in d:
    print(k, d[k])
print(list(d.keys()), list(d.values()), list(d.items()))
d["z"] = 26
del d["a"]
d["a"] = 1
print(list(d))
keys = d.keys()
d["new"] = 0
print(len(keys), "new" in keys)
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
d2 = {i: i * i for i in range(5)}
for k in list(d2):
    if k % 2:
        del d2[k]
print(d2)
for k, v in sorted({"x": 3, "y": 1, "w": 2}.items(), key=lambda kv: kv[1]):
    print(k, v)
print(list(reversed({"p": 1, "q": 2})))
try:
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
