# Reusing and re-entering the same context manager object.
class Counted:
    def __init__(self):
        self.depth = 0
        self.entries = 0

    def __enter__(self):
        self.depth += 1
        self.entries += 1
        return self.depth

    def __exit__(self, *a):
        self.depth -= 1


c = Counted()
with c as d1:
    with c as d2:
        with c as d3:
            print(d1, d2, d3)
print(c.depth, c.entries)
for _ in range(3):
    with c:
        pass
print(c.depth, c.entries)


class Lock:
    def __init__(self):
        self.held = False

    def __enter__(self):
        if self.held:
            raise RuntimeError("lock already held")
        self.held = True

    def __exit__(self, *a):
        self.held = False


lock = Lock()
with lock:
    try:
        with lock:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("still held:", lock.held)
print("released:", not lock.held)
