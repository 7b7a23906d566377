# gc.enable/disable/isenabled and collection while disabled
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
for _ in range(1000):
    l = []
    l.append(l)
del l
print("explicit collect works while disabled:", gc.collect())
gc.enable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
was = gc.isenabled()
gc.disable()
try:
    x = [[] for _ in range(10)]
    for a, b in zip(x, x[1:] + x[:1]):
        a.append(b)
    del x, a, b
finally:
    if was:
        gc.enable()
print(gc.isenabled(), gc.collect())
print(type(gc.isenabled()).__name__, gc.enable() is None, gc.disable() is None)
gc.enable()
try:
    gc.enable(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    gc.isenabled(True)
except TypeError as e:
    print(type(e).__name__, e)
