# membership tests and dedup patterns with sets of tuples and ints
visited = set()
path = [(0, 0), (0, 1), (1, 1), (1, 0), (0, 0), (0, 1), (2, 2)]
for step, p in enumerate(path):
    if p in visited:
        print(step, p, "revisit")
    else:
        visited.add(p)
        print(step, p, "new")
print(len(visited), sorted(visited))
grid = {(r, c) for r in range(4) for c in range(4) if (r + c) % 3 != 0}
for r in range(4):
    print("".join("#" if (r, c) in grid else "." for c in range(4)))
def neighbours(cell):
    r, c = cell
    return {(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))}
start = (0, 1)
component, todo = {start}, [start]
while todo:
    cur = todo.pop()
    for n in sorted(neighbours(cur) & grid):
        if n not in component:
            component.add(n)
            todo.append(n)
print(len(component), sorted(component))
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
seen, dups = set(), set()
for n in nums:
    (dups if n in seen else seen).add(n)
print(seen, dups, seen - dups, sorted(set(nums)), list(dict.fromkeys(nums)))
def two_sum(xs, target):
    seen = set()
    for x in xs:
        if target - x in seen:
            return (target - x, x)
        seen.add(x)
    return None
print(two_sum(nums, 17), two_sum(nums, 100), two_sum([5, 5], 10))
vowels = set("aeiou")
words = ["sky", "queue", "rhythm", "audio", "strength"]
print([(w, len(set(w) & vowels)) for w in words], [w for w in words if not vowels & set(w)])
