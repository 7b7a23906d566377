# heapq and bisect: heap layouts and insertion points as CPython.
import heapq
import bisect
import random

rng = random.Random(5)
data = [rng.randrange(100) for _ in range(30)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)])
print(h)
h2 = list(data)
heapq.heapify(h2)
print(h2)
print(heapq.heapreplace(h2, 50), h2[:10])
print(heapq.heappushpop(h2, 1), heapq.heappushpop(h2, 60), h2[:10])
print(heapq.nsmallest(5, data), heapq.nlargest(5, data))
print(heapq.nsmallest(3, ["bb", "a", "ccc", "dd"], key=len), heapq.nlargest(2, ["bb", "a", "ccc", "dd"], key=len))
print(heapq.nlargest(0, data), heapq.nsmallest(100, [3, 1, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
tasks = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
pairs = [(1, "x"), (1, "y"), (0, "z")]
print(heapq.nsmallest(2, pairs, key=lambda p: p[0]), heapq.nlargest(2, pairs, key=lambda p: p[0]))

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
print(b)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
