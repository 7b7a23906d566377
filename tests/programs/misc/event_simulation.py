# discrete-event simulation of a bank queue with a hand-written binary heap and seeded random
import random
class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self):
        return len(self.a)
random.seed(42)
events = Heap()
t = 0.0
for cid in range(12):
    t += random.expovariate(1 / 2.0)
    events.push((round(t, 3), "arrive", cid))
tellers_free, queue, waits, log = 2, [], {}, []
while events:
    now, kind, cid = events.pop()
    if kind == "arrive":
        queue.append((cid, now))
    else:
        tellers_free += 1
        log.append(f"{now:7.3f} done   {cid}")
    while tellers_free and queue:
        nxt, arrived = queue.pop(0)
        tellers_free -= 1
        waits[nxt] = round(now - arrived, 3)
        service = round(random.uniform(1, 5), 3)
        events.push((round(now + service, 3), "depart", nxt))
        log.append(f"{now:7.3f} start  {nxt} waited {waits[nxt]}")
print("\n".join(log))
print(sorted(waits.items()))
print("avg wait", round(sum(waits.values()) / len(waits), 4), "max wait", max(waits.values()))
h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
