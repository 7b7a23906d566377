"""N-queens two ways: filtering permutations with sets, and a generator-based backtracker."""

import sys


def permutations(items):
    """Yield every ordering of `items` (a list), recursively, as tuples."""
    if len(items) <= 1:
        yield tuple(items)
        return
    for i, head in enumerate(items):
        rest = items[:i] + items[i + 1 :]
        for tail in permutations(rest):
            yield (head,) + tail


def brute_force(n):
    """Every permutation whose diagonals are all distinct is a solution."""
    cols = range(n)
    return [
        perm
        for perm in permutations(list(cols))
        if n == len({perm[i] + i for i in cols}) == len({perm[i] - i for i in cols})
    ]


def backtrack(n, row=0, used=frozenset(), diag1=frozenset(), diag2=frozenset()):
    """Yield solutions as lists of column indices, built row by row."""
    if row == n:
        yield []
        return
    for col in range(n):
        if col in used or (row + col) in diag1 or (row - col) in diag2:
            continue
        for rest in backtrack(n, row + 1, used | {col}, diag1 | {row + col}, diag2 | {row - col}):
            yield [col] + rest


def board_text(solution):
    n = len(solution)
    return ["".join("Q" if c == col else "." for c in range(n)) for col in solution]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    small = brute_force(n)
    print(f"brute force {n}: {len(small)} solutions, first {small[0]}")
    total = 0
    first = None
    signature = 0
    for size in range(4, n + 3):
        for sol in backtrack(size):
            if first is None and size == n + 2:
                first = sol
            total += 1
            signature = (signature * 17 + sum(i * c for i, c in enumerate(sol))) % 1000003
    print(f"backtracking 4..{n + 2}: {total} solutions, signature {signature}")
    for line in board_text(first):
        print(line)


if __name__ == "__main__":
    main()
