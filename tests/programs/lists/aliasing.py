# list * n aliasing and shared references
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good, good[0] is good[1])
row = [1, 2]
nested = [row, row, row[:]]
row.append(3)
print(nested, nested[0] is nested[1], nested[0] is nested[2])
a = [1, 2, 3]
b = a
b += [4]
print(a, b, a is b)
c = a
c = c + [5]
print(a, c, a is c)
d = [[]] * 2
d[0].append("x")
d[1] += ["y"]
print(d)
e = [None] * 4
e[1] = "set"
print(e, e.count(None))
f = [[1, 2]] * 2 + [[1, 2]]
f[0][0] = 9
print(f, [x is f[0] for x in f])
def add_item(item, target=[]):
    target.append(item)
    return target
print(add_item(1), add_item(2), add_item(3, []), add_item(4))
m = [0] * 5
for i in range(5):
    m[i] = i * i
print(m, [0] * 0, [0] * -3, [1, 2] * 2)
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref, len(self_ref), self_ref[2] is self_ref, self_ref[2][2][0])
x = [1, [2, [3, [4]]]]
y = x[:]
y[1][1][0] = "changed"
print(x, y)
z = list(x)
z[0] = "top"
print(x[0], z[0])
