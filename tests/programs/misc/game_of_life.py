# Conway's game of life on a small torus
def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}
def step(live, h, w):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))
H, W = 8, 10
board = parse([
    "..........",
    "..#.......",
    "...#......",
    ".###......",
    "..........",
    "......###.",
    "..........",
    "..........",
])
seen = {}
for gen in range(6):
    print(f"gen {gen}: {len(board)} alive")
    print(render(board, H, W))
    board = step(board, H, W)
for gen in range(6, 40):
    key = frozenset(board)
    if key in seen:
        print("cycle detected at", gen, "first seen", seen[key])
        break
    seen[key] = gen
    board = step(board, H, W)
print(sorted(board)[:5], len(board))
