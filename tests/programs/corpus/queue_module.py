import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
bq = queue.Queue(maxsize=1)
bq.put("a")
try:
    bq.put_nowait("b")
except queue.Full:
    print("Full", bq.full())
sq = queue.SimpleQueue()
sq.put(5)
print(sq.qsize(), sq.get(), sq.empty())
q.put(1)
q.get()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print(e)
print(queue.Queue[int])
