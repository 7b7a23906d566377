"""Naive recursive Fibonacci: function-call overhead, plus a memoised method for contrast."""

import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


class Counter:
    def __init__(self):
        self.calls = 0

    def fib(self, n):
        self.calls += 1
        if n < 2:
            return n
        return self.fib(n - 1) + self.fib(n - 2)


def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 35
    print(f"fib({n}) = {fib(n)}")
    counter = Counter()
    print(f"method fib({n - 4}) = {counter.fib(n - 4)} in {counter.calls} calls")
    print(f"memo fib({n * 10}) = {memo_fib(n * 10)}")


if __name__ == "__main__":
    main()
