# gc.collect() return value after creating a known number of cycles
import gc
gc.collect()
print(gc.collect())
def make_self_cycles(n):
    for _ in range(n):
        l = []
        l.append(l)
make_self_cycles(10)
print("self-referencing lists:", gc.collect())
def make_pairs(n):
    for _ in range(n):
        a = []
        b = [a]
        a.append(b)
make_pairs(7)
print("list pairs:", gc.collect())
def make_dict_cycles(n):
    for i in range(n):
        d = {"i": i}
        d["self"] = d
make_dict_cycles(5)
print("dict cycles:", gc.collect())
def make_ring(size):
    nodes = [[] for _ in range(size)]
    for i, node in enumerate(nodes):
        node.append(nodes[(i + 1) % size])
make_ring(12)
print("ring of 12 (+ container list freed by refcount):", gc.collect())
keep = []
keep.append(keep)
print("still referenced:", gc.collect())
del keep
print("after del:", gc.collect())
print("nothing left:", gc.collect(), gc.collect())
def tuple_cycle():
    l = []
    t = (l,)
    l.append(t)
tuple_cycle()
print("list-tuple cycle:", gc.collect())
acyclic = [[i] for i in range(100)]
del acyclic
print("acyclic garbage:", gc.collect())
