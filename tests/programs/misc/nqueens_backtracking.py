# backtracking: N-queens counts and a sudoku-like Latin square completion
def queens(n):
    cols, d1, d2, board, solutions = set(), set(), set(), [], []
    def place(r):
        if r == n:
            solutions.append(tuple(board))
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.discard(c); d1.discard(r - c); d2.discard(r + c); board.pop()
    place(0)
    return solutions
for n in range(1, 9):
    sols = queens(n)
    print(n, len(sols), sols[0] if sols else None)
first = queens(8)[0]
for r in range(8):
    print(" ".join("Q" if first[r] == c else "." for c in range(8)))
def latin(grid):
    n = len(grid)
    for r in range(n):
        for c in range(n):
            if grid[r][c] == 0:
                used = set(grid[r]) | {grid[i][c] for i in range(n)}
                for v in range(1, n + 1):
                    if v not in used:
                        grid[r][c] = v
                        if latin(grid):
                            return True
                grid[r][c] = 0
                return False
    return True
puzzle = [[1, 0, 0, 4], [0, 0, 1, 0], [0, 1, 0, 0], [4, 0, 0, 1]]
print(latin(puzzle))
for row in puzzle:
    print(row)
print(all(sorted(row) == [1, 2, 3, 4] for row in puzzle), all(sorted(col) == [1, 2, 3, 4] for col in zip(*puzzle)))
