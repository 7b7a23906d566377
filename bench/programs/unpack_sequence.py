"""Tuple and list packing/unpacking in tight loops: swaps, rotations, starred targets."""

import sys


def rotate_tuples(n):
    a, b, c, d = 1, 2, 3, 4
    acc = 0
    for _ in range(n):
        a, b, c, d = b, c, d, a
        a, b = b, a
        c, d = d + 1, c - 1
        acc += a * 2 + b - c + d
    return acc, (a, b, c, d)


def unpack_lists(n):
    row = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
    total = 0
    for i in range(n):
        a, b, c, d, e, f, g, h, j, k = row
        total += a - b + c - d + e - f + g - h + j - k + i % 3
        row = [k, a, b, c, d, e, f, g, h, j]
    return total, row


def starred(n):
    data = tuple(range(8))
    first_sum = last_sum = mid_len = 0
    for i in range(n):
        first, *middle, last = data
        first_sum += first
        last_sum += last
        mid_len += len(middle)
        head, second, *rest = middle
        data = (*rest, head, second, i % 7, last)
    return first_sum, last_sum, mid_len, data


def pairs_and_enumerate(n):
    points = [(i, i * i % 17, -i) for i in range(64)]
    acc = 0
    for _ in range(n // 64):
        for idx, (x, y, z) in enumerate(points):
            acc += idx * x - y + z
        for (x1, y1, _), (x2, y2, _) in zip(points, points[1:]):
            acc += x1 * y2 - x2 * y1
    return acc


def fib_pairs(n):
    a, b = 0, 1
    m = 1 << 61
    for _ in range(n):
        a, b = b, (a + b) % m
    return a


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    print("rotate", *rotate_tuples(n))
    print("lists", *unpack_lists(n))
    print("starred", *starred(n))
    print("pairs", pairs_and_enumerate(n))
    print("fib", fib_pairs(n))


if __name__ == "__main__":
    main()
