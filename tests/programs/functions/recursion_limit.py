# RecursionError is raised and catchable; the interpreter survives.
import sys


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n


reached = count(0)
print("reached at least 150:", reached > 150, "and below 200:", reached < 200)
sys.setrecursionlimit(1000)


class Loop:
    def __repr__(self):
        return repr(self)


try:
    repr(Loop())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)


def mutual_a(n):
    return mutual_b(n)


def mutual_b(n):
    return mutual_a(n)


try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion caught")
print(issubclass(RecursionError, RuntimeError))
print("still alive", sum(range(10)))
