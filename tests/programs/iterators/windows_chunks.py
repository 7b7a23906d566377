# hand-written iterator utilities: sliding windows, chunks, flatten, pairwise, zip_longest
def windows(seq, n):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)
def chunks(seq, n):
    it = iter(seq)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                break
        if not chunk:
            return
        yield chunk
def zip_longest(*its, fill=None):
    iters = [iter(i) for i in its]
    while True:
        row, alive = [], False
        for it in iters:
            try:
                row.append(next(it))
                alive = True
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
def count(start=0, step=1):
    while True:
        yield start
        start += step
print(list(windows(range(6), 3)), list(windows("ab", 3)), list(windows("abcd", 1)))
print(list(chunks(range(10), 4)), list(chunks("", 2)), list(chunks("abcdef", 2)))
print(list(zip_longest("abc", [1], fill="-")), list(zip_longest()), list(zip_longest([], [])))
print(list(flatten([1, [2, (3, [4])], [], 5])), take(5, count(10, 5)), take(3, "xyz"))
print(sum(take(100, count())), [a * b for a, b in zip(count(1), "abc")])
moving = [sum(w) / len(w) for w in windows([1, 2, 3, 4, 5, 6, 7], 3)]
print(moving)
try:
    take(5, "ab")
except RuntimeError as e:
    print(type(e).__name__, e)
except StopIteration as e:
    print(type(e).__name__, e)
