# Generators as methods, __iter__ implemented with yield, pipelines.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)


t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t), sum(t), max(t))
for depth, value in t.depth_first():
    print("  " * depth + str(value))


def read_lines(text):
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield code


def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i:02d}: {line}"


source = """x = 1  # one
# comment only

y = 2
z = x + y  # sum"""
for out in numbered(strip_comments(read_lines(source))):
    print(out)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1


c = Countdown(3)
print(list(c), list(c), [a * b for a in c for b in c][:4])
