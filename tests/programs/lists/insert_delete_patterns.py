# insertion and deletion patterns: del statement, negative indices, removal while iterating
a = list(range(10))
del a[0]
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
a.insert(0, "head")
a.insert(len(a), "tail")
a.insert(-1, "before tail")
print(a)
b = list(range(10))
for i in range(len(b) - 1, -1, -1):
    if b[i] % 3 == 0:
        del b[i]
print(b)
c = list(range(10))
for x in c:
    if x % 2 == 0:
        c.remove(x)
print("naive removal while iterating:", c)
d = [x for x in range(10) if x % 2]
print(d)
e = list(range(10))
e[:] = [x for x in e if x > 4]
print(e)
f = [5, 1, 5, 2, 5, 3]
while 5 in f:
    f.remove(5)
print(f)
g = list("abcdef")
g[1:3], g[4:] = ["X"], ["Y", "Z", "W"]
print(g)
h = []
for i in range(5):
    h.insert(0, i)
    h.insert(len(h) // 2, -i)
print(h)
sorted_ins = []
for v in [5, 1, 4, 2, 3, 0, 6]:
    i = 0
    while i < len(sorted_ins) and sorted_ins[i] < v:
        i += 1
    sorted_ins.insert(i, v)
    print(v, sorted_ins)
k = [1, 2, 3]
try:
    del k[3]
except IndexError as e:
    print(type(e).__name__, e)
del k[:]
print(k, len(k))
