# many cycles created with automatic collection enabled; totals must add up
import gc
gc.collect()
gc.enable()
class Obj:
    pass
freed_auto = 0
for batch in range(20):
    for _ in range(500):
        a, b = [], []
        a.append(b)
        b.append(a)
    del a, b
left = gc.collect()
print("remaining after explicit collect is at most 10000 objects:", 0 <= left <= 20 * 500 * 2)
print("second collect finds nothing:", gc.collect())
gc.disable()
for _ in range(1000):
    x = []
    x.append(x)
del x
print("with gc disabled, explicit collect finds exactly 1000:", gc.collect())
gc.enable()
def make_graph(n):
    nodes = [{"id": i} for i in range(n)]
    for i, node in enumerate(nodes):
        node["next"] = nodes[(i + 1) % n]
        node["prev"] = nodes[i - 1]
gc.disable()
make_graph(50)
print("50-node doubly linked ring:", gc.collect())
gc.enable()
keep = []
for i in range(10):
    l = [i]
    l.append(l)
    keep.append(l)
print("kept cycles are not collected:", gc.collect())
keep.clear()
print("released:", gc.collect())
print(gc.isenabled())
