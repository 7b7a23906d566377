# __del__ finalizers for refcounted objects and for simple cycles
import gc
log = []
class Res:
    def __init__(self, name):
        self.name = name
        log.append("open " + name)
    def __del__(self):
        log.append("close " + self.name)
def scope():
    r = Res("scoped")
    log.append("using " + r.name)
scope()
print(log)
log.clear()
a = Res("a")
b = a
del a
print(log)
del b
print(log)
log.clear()
r = Res("rebound")
r = Res("second")
print(log)
del r
log.clear()
gc.collect()
c = Res("cyclic")
c.me = c
del c
print("before collect:", log)
n = gc.collect()
print("after collect:", log, n >= 1)
log.clear()
items = [Res(f"item{i}") for i in range(3)]
items.pop(1)
print(log)
items.clear()
print(log)
log.clear()
class Resurrect:
    saved = []
    def __del__(self):
        Resurrect.saved.append(self)
        log.append("resurrected")
x = Resurrect()
del x
print(log, len(Resurrect.saved))
Resurrect.saved.clear()
print(log)
