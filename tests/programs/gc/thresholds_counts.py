# gc thresholds and counts
import gc
print(gc.get_threshold(), type(gc.get_threshold()).__name__, len(gc.get_threshold()))
gc.set_threshold(500, 20, 5)
print(gc.get_threshold())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
count = gc.get_count()
print(type(count).__name__, len(count), all(type(c) is int for c in count), all(c >= 0 for c in count))
gc.collect()
c0 = gc.get_count()
print(type(c0).__name__, len(c0))
for bad in [("a",), (1, 2, 3, 4), ()]:
    try:
        gc.set_threshold(*bad)
        print(bad, "accepted", gc.get_threshold())
    except TypeError as e:
        print(bad, type(e).__name__, e)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold()[0])
gc.set_threshold(700, 10, 10)
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(2) >= 0, gc.collect(generation=2) >= 0)
for bad in (3, -1, 10):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    gc.collect("x")
except TypeError as e:
    print(type(e).__name__, e)
