"""Float-heavy objects: build points from trig functions, normalize, take maxima."""

import math
import sys


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return f"<Point: x={self.x:.9f}, y={self.y:.9f}, z={self.z:.9f}>"

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


class Tally:
    """Plain (non-slots) object with float attributes, updated in place."""

    def __init__(self):
        self.total = 0.0
        self.largest = -math.inf
        self.count = 0

    def add(self, p):
        value = p.x + p.y * 0.5 - p.z
        self.total += value
        if value > self.largest:
            self.largest = value
        self.count += 1


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def benchmark(n):
    points = [Point(i) for i in range(n)]
    tally = Tally()
    for p in points:
        p.normalize()
        tally.add(p)
    return maximize(points), tally


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    rounds = 8
    for r in range(rounds):
        best, tally = benchmark(n + r)
    print(best)
    print(f"{tally.count} {tally.total:.6f} {tally.largest:.9f}")


if __name__ == "__main__":
    main()
