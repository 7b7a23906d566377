import heapq
import itertools
import math
from functools import lru_cache, reduce
from operator import mul


def primes(limit):
    sieve = bytearray([1]) * (limit + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(limit) + 1):
        if sieve[i]:
            sieve[i * i :: i] = bytes(len(range(i * i, limit + 1, i)))
    return [i for i, flag in enumerate(sieve) if flag]


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def dijkstra(graph, source):
    dist = {source: 0}
    queue = [(0, source)]
    seen = set()
    while queue:
        d, node = heapq.heappop(queue)
        if node in seen:
            continue
        seen.add(node)
        for neighbour, weight in graph.get(node, {}).items():
            nd = d + weight
            if nd < dist.get(neighbour, math.inf):
                dist[neighbour] = nd
                heapq.heappush(queue, (nd, neighbour))
    return dist


def matrix_mult(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def permutations_sum(values, k=2):
    total = 0
    for combo in itertools.permutations(values, k):
        total += reduce(mul, combo, 1)
    return total


class Matrix:
    __slots__ = ("rows", "cols", "_data")

    def __init__(self, rows, cols, fill=0.0):
        self.rows, self.cols = rows, cols
        self._data = [[fill] * cols for _ in range(rows)]

    def __getitem__(self, idx):
        r, c = idx
        return self._data[r][c]

    def __setitem__(self, idx, value):
        r, c = idx
        self._data[r][c] = value

    def __matmul__(self, other):
        if self.cols != other.rows:
            raise ValueError(f"shape mismatch: {self.cols} != {other.rows}")
        out = Matrix(self.rows, other.cols)
        for i in range(self.rows):
            for j in range(other.cols):
                out[i, j] = sum(self[i, k] * other[k, j] for k in range(self.cols))
        return out

    def __repr__(self):
        body = "; ".join(" ".join(f"{v:g}" for v in row) for row in self._data)
        return f"Matrix([{body}])"


def bits(n):
    return n & 0xFF, n >> 8 & 0xFF, n << 2 | 1, ~n ^ 0b1010, -n % 7, n // 3, n ** 0.5


if __name__ == "__main__":
    assert primes(30) == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29], "primes"
    print(fib(90), dijkstra({"a": {"b": 1.5}, "b": {"c": 2}}, "a"))
    m = Matrix(2, 2, 1.0)
    print(m @ m, bits(1234), permutations_sum(range(1, 5)))
    print(*(f"{x!r:>6}" for x in (1e-7, 1e22, -0.0, float("nan"), 2**64, 1j, 3 + 4j)), sep="|")
