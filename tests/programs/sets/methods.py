# all set methods
s = {3, 1, 2}
s.add(4); print(s)
s.add(1); print(s)
s.remove(3); print(s)
s.discard(3); s.discard(2); print(s)
s.update([7, 8], {9}, range(2)); print(s)
print(s.pop(), s.pop(), s)
t = s.copy()
t.clear()
print(s, t, len(t))
u = {1, 2, 3, 4, 5, 6}
u.intersection_update({1, 2, 3, 4}, [2, 3, 4, 5]); print(u)
u.difference_update([2], {100}); print(u)
u.symmetric_difference_update({4, 5, 6}); print(u)
print(u.union(), u.intersection(), u.difference(), u.issubset(u), u.issuperset(set()), u.isdisjoint([]))
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((1,)), {1}.isdisjoint(range(2, 5)), {1, 2}.issubset({1}))
v = {10, 20, 30}
print(v.union(range(3)), v.intersection(range(15, 35, 5)), v.difference({10}, {20}), v.symmetric_difference(range(25, 35, 5)))
pops = []
w = {5, 3, 8, 1}
while w:
    pops.append(w.pop())
print(pops, w)
x = set()
for i in range(0, 100, 7):
    x.add(i % 10)
print(x, sorted(x), len(x))
print(set.add.__name__, {1}.__contains__(1), {1, 2}.__len__(), set().__class__.__name__)
