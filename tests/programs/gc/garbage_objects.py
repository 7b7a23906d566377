# gc.collect with class instances in cycles of known shape
import gc
gc.collect()
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
def build(n):
    first = Node(0)
    cur = first
    for i in range(1, n):
        cur.next = Node(i)
        cur = cur.next
    cur.next = first
    return first
for n in (1, 5, 20):
    build(n)
    print(n, gc.collect() >= n)
total = 0
for round_no in range(5):
    for _ in range(50):
        build(3)
    total += gc.collect()
print(total >= 750)
head = build(4)
print(gc.collect(), head.next.next.next.next is head, head.next.value)
head.next.next.next.next = None
del head
print(gc.collect())
class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
root = Tree()
for _ in range(3):
    child = Tree(root)
    Tree(child)
print(len(root.children), sum(len(c.children) for c in root.children))
del root, child
print(gc.collect() >= 7)
print(gc.garbage, type(gc.garbage).__name__)
