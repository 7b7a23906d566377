"""Hexiom-style puzzle: place numbered tiles on a hexagonal board so that every tile's
number equals the count of occupied neighbouring cells. Puzzles are generated from a
seeded random layout and solved exhaustively by backtracking with constraint pruning."""

import random
import sys

EMPTY = -1
DIRECTIONS = [(1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1)]


class HexGrid:
    """Cells of a hexagon with `radius` rings, in axial coordinates, ordered centre-out."""

    def __init__(self, radius):
        self.radius = radius
        coords = [
            (q, r)
            for q in range(-radius + 1, radius)
            for r in range(-radius + 1, radius)
            if abs(q + r) < radius
        ]
        coords.sort(key=lambda c: (max(abs(c[0]), abs(c[1]), abs(c[0] + c[1])), c[1], c[0]))
        self.coords = coords
        index = {c: i for i, c in enumerate(coords)}
        self.neighbors = [
            [index[(q + dq, r + dr)] for dq, dr in DIRECTIONS if (q + dq, r + dr) in index]
            for q, r in coords
        ]

    def __len__(self):
        return len(self.coords)

    def render(self, values):
        by_row = {}
        for (q, r), v in zip(self.coords, values):
            by_row.setdefault(r, []).append((q, "." if v == EMPTY else str(v)))
        lines = []
        for r in sorted(by_row):
            row = sorted(by_row[r])
            lines.append(" " * abs(r) + " ".join(text for _, text in row))
        return lines


class Puzzle:
    def __init__(self, grid, tiles, fixed):
        self.grid = grid
        self.tiles = tiles  # tiles[k] = how many tiles show the number k
        self.fixed = fixed  # cell index -> value (tile number or EMPTY)

    @classmethod
    def generate(cls, grid, fill, fixed_count):
        occupied = [random.random() < fill for _ in range(len(grid))]
        values = []
        for cell, taken in enumerate(occupied):
            if taken:
                values.append(sum(1 for n in grid.neighbors[cell] if occupied[n]))
            else:
                values.append(EMPTY)
        tiles = [0] * 7
        for v in values:
            if v != EMPTY:
                tiles[v] += 1
        cells = list(range(len(grid)))
        random.shuffle(cells)
        fixed = {cell: values[cell] for cell in cells[:fixed_count]}
        return cls(grid, tiles, fixed), values


class Solver:
    def __init__(self, puzzle):
        self.puzzle = puzzle
        self.grid = puzzle.grid
        self.values = [None] * len(self.grid)
        self.remaining = list(puzzle.tiles)
        self.empties = len(self.grid) - sum(puzzle.tiles)
        self.nodes = 0
        self.solutions = []

    def consistent(self, cell):
        """Check the bounds of `cell` and of its decided neighbours."""
        for c in [cell] + self.grid.neighbors[cell]:
            v = self.values[c]
            if v is None or v == EMPTY:
                continue
            low = high = 0
            for n in self.grid.neighbors[c]:
                nv = self.values[n]
                if nv is None:
                    high += 1
                elif nv != EMPTY:
                    low += 1
                    high += 1
            if not low <= v <= high:
                return False
        return True

    def choices(self, cell):
        fixed = self.puzzle.fixed.get(cell)
        if fixed is not None:
            return [fixed]
        options = [k for k in range(7) if self.remaining[k] > 0 and k <= len(self.grid.neighbors[cell])]
        options.append(EMPTY)
        return options

    def search(self, cell=0):
        self.nodes += 1
        if cell == len(self.grid):
            self.solutions.append(list(self.values))
            return
        for v in self.choices(cell):
            if v == EMPTY:
                if self.empties == 0:
                    continue
                self.empties -= 1
            else:
                if self.remaining[v] == 0:
                    continue
                self.remaining[v] -= 1
            self.values[cell] = v
            if self.consistent(cell):
                self.search(cell + 1)
            self.values[cell] = None
            if v == EMPTY:
                self.empties += 1
            else:
                self.remaining[v] += 1


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    random.seed(2011)
    small, large = HexGrid(2), HexGrid(3)
    total_nodes = 0
    total_solutions = 0
    last = None
    for i in range(count):
        grid = small if i < 3 else large
        puzzle, original = Puzzle.generate(grid, 0.55 + 0.02 * (i % 5), 2 + i % 3)
        solver = Solver(puzzle)
        solver.search()
        assert original in solver.solutions
        total_nodes += solver.nodes
        total_solutions += len(solver.solutions)
        tiles = "".join(str(t) for t in puzzle.tiles)
        print(f"puzzle {i}: tiles {tiles} solutions {len(solver.solutions)} nodes {solver.nodes}")
        last = solver.solutions[0]
    print(f"total solutions {total_solutions} nodes {total_nodes}")
    for line in grid.render(last):
        print(line)


if __name__ == "__main__":
    main()
