"""Generator pipelines: chained generators, yield from, generator expressions, send()."""

import sys


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def mapped(fn, source):
    for item in source:
        yield fn(item)


def filtered(pred, source):
    for item in source:
        if pred(item):
            yield item


def windows(source, size):
    window = []
    for item in source:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            del window[0]


class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build_tree(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Tree(mid, build_tree(lo, mid - 1), build_tree(mid + 1, hi))


def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def pipeline(n):
    squares = mapped(lambda x: x * x, naturals(n))
    odd = filtered(lambda x: x & 1, squares)
    total = 0
    for a, b, c in windows(odd, 3):
        total = (total + a - b + c) % 1000000007
    return total


def tree_walk(n):
    tree = build_tree(0, 1023)
    acc = 0
    for _ in range(max(1, n // 1024)):
        acc += sum(v for v in tree if v % 3 == 0)
    return acc


def averages(n):
    avg = running_average()
    next(avg)
    last = 0.0
    for i in range(n):
        last = avg.send(i % 97)
    avg.close()
    return last


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1200000
    print("pipeline", pipeline(n))
    print("tree", tree_walk(n))
    print(f"average {averages(n):.6f}")
    print("genexpr", sum(x * 2 for x in range(n) if x % 5 != 1), max((x * 7919) % 10007 for x in range(n)))


if __name__ == "__main__":
    main()
