# dicts preserve insertion order through updates and deletions
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k * k
print(d, list(d), list(d.values()))
d[3] = "updated"
print(d)
del d[9]
d[9] = "re-added"
print(d)
d.pop(5)
d[5] = "back"
print(d, list(d.keys())[0], next(iter(d)))
words = "the cat sat on the mat the end".split()
first_pos = {}
for i, w in enumerate(words):
    first_pos.setdefault(w, i)
print(first_pos)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, list(counts.items())[-1])
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
e = dict.fromkeys("zyxwv", 0)
print(e, "".join(e))
for k in list(e):
    if k in "yw":
        del e[k]
print(e)
e.update({"a": 1, "z": 99})
print(e)
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
for i in range(0, 10):
    big[i * 2] = "new"
print(list(big)[:8], list(big)[-12:], len(big))
print({1: "a", True: "b", 1.0: "c"}, {0: 1, False: 2}, {"x": 1, "x": 2})
