"""The classic integer loop: arithmetic, comparisons and branches on small ints."""

import sys


def int_loop(n):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            total += i * 2
        elif i & 1:
            total -= i >> 1
        else:
            total ^= i
        i += 1
    return total


def nested(n):
    count = 0
    for a in range(n):
        for b in range(a % 50):
            if (a + b) % 7 == 3:
                count += 1
    return count


def collatz_steps(limit):
    longest, best = 0, 0
    for start in range(1, limit):
        x, steps = start, 0
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        if steps > longest:
            longest, best = steps, start
    return best, longest


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6000000
    print("loop", int_loop(n))
    print("nested", nested(n // 20))
    print("collatz", *collatz_steps(n // 60))


if __name__ == "__main__":
    main()
