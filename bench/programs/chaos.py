"""Chaos game: iterated function systems rendered into a hit-count grid."""

import math
import random
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def toward(self, other, fraction):
        return Point(self.x + (other.x - self.x) * fraction, self.y + (other.y - self.y) * fraction)


class Affine:
    """x' = a*x + b*y + e, y' = c*x + d*y + f, chosen with a given weight."""

    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class Canvas:
    def __init__(self, width, height, xmin, xmax, ymin, ymax):
        self.width = width
        self.height = height
        self.xmin, self.xmax, self.ymin, self.ymax = xmin, xmax, ymin, ymax
        self.cells = [[0] * width for _ in range(height)]
        self.outside = 0

    def plot(self, p):
        col = int((p.x - self.xmin) / (self.xmax - self.xmin) * self.width)
        row = int((p.y - self.ymin) / (self.ymax - self.ymin) * self.height)
        if 0 <= col < self.width and 0 <= row < self.height:
            self.cells[row][col] += 1
        else:
            self.outside += 1

    def summary(self):
        lit = sum(1 for row in self.cells for hits in row if hits)
        weighted = 0
        for r, row in enumerate(self.cells):
            for c, hits in enumerate(row):
                weighted = (weighted * 31 + hits * (r + 1) + c) % 1000000007
        busiest = max(max(row) for row in self.cells)
        return lit, weighted, busiest, self.outside


class IteratedSystem:
    def __init__(self, transforms):
        self.transforms = transforms
        total = sum(t.weight for t in transforms)
        self.cumulative = []
        running = 0.0
        for t in transforms:
            running += t.weight / total
            self.cumulative.append((running, t))

    def pick(self):
        r = random.random()
        for bound, t in self.cumulative:
            if r <= bound:
                return t
        return self.cumulative[-1][1]

    def run(self, canvas, steps):
        p = Point(0.0, 0.0)
        lo_x = lo_y = math.inf
        hi_x = hi_y = -math.inf
        for i in range(steps):
            p = self.pick().apply(p)
            if i >= 20:
                canvas.plot(p)
                lo_x, hi_x = min(lo_x, p.x), max(hi_x, p.x)
                lo_y, hi_y = min(lo_y, p.y), max(hi_y, p.y)
        return lo_x, hi_x, lo_y, hi_y


def fern():
    return IteratedSystem([
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ])


def polygon_game(canvas, sides, steps, fraction):
    corners = [
        Point(math.cos(2 * math.pi * k / sides), math.sin(2 * math.pi * k / sides)) for k in range(sides)
    ]
    p = Point(0.1, 0.2)
    last = None
    for _ in range(steps):
        corner = random.choice(corners)
        if corner is last and sides > 3:
            continue
        last = corner
        p = p.toward(corner, fraction)
        canvas.plot(p)


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 750000
    random.seed(1234)
    canvas = Canvas(120, 200, -3.0, 3.0, 0.0, 10.0)
    bounds = fern().run(canvas, steps)
    print("fern", *canvas.summary())
    print("bounds", " ".join(f"{b:.6f}" for b in bounds))
    for sides, fraction in ((3, 0.5), (5, 0.618)):
        canvas = Canvas(96, 96, -1.0, 1.0, -1.0, 1.0)
        polygon_game(canvas, sides, steps // 2, fraction)
        print(f"polygon{sides}", *canvas.summary())


if __name__ == "__main__":
    main()
