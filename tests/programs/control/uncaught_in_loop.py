# Ends with an uncaught exception raised inside nested loops.
grid = [[1, 2, 3], [4, 0, 6]]
for row in grid:
    for cell in row:
        print("100 /", cell, "=", 100 // cell)
