"""Mandelbrot set: escape-time iteration with float arithmetic in nested loops."""

import sys


def escape_time(cr, ci, limit):
    zr = zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def render(width, height, limit):
    rows = []
    total = 0
    inside = 0
    for y in range(height):
        ci = -1.2 + 2.4 * y / (height - 1)
        row = []
        for x in range(width):
            cr = -2.1 + 2.8 * x / (width - 1)
            n = escape_time(cr, ci, limit)
            total += n
            if n == limit:
                inside += 1
            row.append(" .:-=+*#%@"[min(9, n * 10 // limit)] if n < limit else "@")
        rows.append("".join(row))
    return rows, total, inside


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 750
    rows, total, inside = render(size, size * 2 // 3, 100)
    print(f"{size}x{size * 2 // 3}: iterations {total}, inside {inside}")
    step = max(1, len(rows) // 12)
    for row in rows[::step]:
        print(row[:: max(1, size // 60)].rstrip())


if __name__ == "__main__":
    main()
