# lists used as stacks and queues, algorithmic use
stack = []
for tok in "3 4 + 2 * 7 - 10 5 / +".split():
    if tok in "+-*/":
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
    else:
        stack.append(int(tok))
    print(tok.rjust(3), stack)
print("result", stack.pop(), stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "())("]:
    print(repr(s), balanced(s))
queue = list(range(5))
order = []
while queue:
    item = queue.pop(0)
    order.append(item)
    if item < 3:
        queue.append(item + 10)
print(order)
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
seen, frontier, bfs = {1}, [1], []
while frontier:
    node = frontier.pop(0)
    bfs.append(node)
    for nb in graph[node]:
        if nb not in seen:
            seen.add(nb)
            frontier.append(nb)
print("bfs", bfs)
def dfs(node, acc):
    acc.append(node)
    for nb in graph[node]:
        if nb not in acc:
            dfs(nb, acc)
    return acc
print("dfs", dfs(1, []))
