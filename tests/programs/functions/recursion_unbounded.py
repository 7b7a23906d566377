# A huge recursion limit with unbounded recursion must raise RecursionError
# (or MemoryError-free equivalent), not crash the process.
import sys

sys.setrecursionlimit(10 ** 6)


def forever(n):
    return forever(n + 1) + 1


try:
    forever(0)
except RecursionError:
    print("RecursionError caught")
sys.setrecursionlimit(1000)
print("survived")
