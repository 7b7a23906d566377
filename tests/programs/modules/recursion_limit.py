# RecursionError from unbounded recursion, and recovery
import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)
print(countdown(500))
sys.setrecursionlimit(3000)
print(countdown(2500))
sys.setrecursionlimit(1000)
try:
    countdown(5000)
except RecursionError as e:
    print("deep:", e)
print(countdown(100))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for _ in range(200):
    head = Node(head)
print(head.length())
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__)
l = []
l.append(l)
print(repr(l))
print("still fine", countdown(10))
