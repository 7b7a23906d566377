# dict views and their set operations (int keys)
a = {1: "a", 2: "b", 3: "c", 4: "d"}
b = {3: "x", 4: "d", 5: "y", 6: "z"}
ka, kb = a.keys(), b.keys()
print(ka, kb, type(ka).__name__, len(ka), 3 in ka, 9 in ka)
print(ka & kb, ka | kb, ka - kb, kb - ka, ka ^ kb)
print(ka & {1, 2, 99}, ka | [7, 8], ka - range(2, 4), ka ^ {1, 100}, {0, 1} & ka, [5, 6] - ka if False else {5, 6} - ka)
print(ka == {1, 2, 3, 4}, ka == {1, 2}, ka < {1, 2, 3, 4, 5}, ka <= ka, ka > {1}, ka.isdisjoint({9, 10}), ka.isdisjoint(kb))
ia, ib = a.items(), b.items()
print(ia & ib, sorted(ia - ib), sorted(ia | ib), (4, "d") in ia, (4, "x") in ia, sorted(ia ^ ib))
va = a.values()
print(va, "a" in va, list(va), len(va), type(va).__name__)
try:
    va & va
except TypeError as e:
    print(type(e).__name__, e)
print(va == va, a.values() == a.values())
view = a.keys()
items = a.items()
a[10] = "j"
del a[1]
print(view, items, list(view), len(view))
print(list(reversed(view)), list(reversed(items)), list(reversed(a.values())))
print(sorted(kb, reverse=True), max(kb), sum(kb), list(map(lambda k: k * 2, kb)))
it = iter(kb)
print(next(it), next(it), list(it))
print(repr({}.keys()), repr({}.items()), repr({}.values()), set({}.keys()) == set())
try:
    ka[0]
except TypeError as e:
    print(type(e).__name__, e)
print(dict(zip(a.keys(), a.values())) == a, dict(a.items()) == a, {**a} == a)
