# list comparisons: lexicographic, equality, identity
pairs = [([], []), ([1], []), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([2], [1, 9, 9]), ([1, 2.0], [1, 2]),
         (["a", "b"], ["a", "c"]), ([[1, 2]], [[1, 3]]), ([1, [2]], [1, [2]]), ([0], [False]), ([1, 2], [1, 2])]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
nan = float("nan")
l1 = [nan]
print(l1 == l1, [nan] == [nan], l1 == [float("nan")], nan in l1, l1.count(nan), l1.index(nan))
class Eq:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        print("  eq", self.tag)
        return True
e1, e2 = Eq("a"), Eq("b")
print([e1, e2] == [1, 2])
print([e1] == [e1], e1 in [e1], [1, e1].index(e2) if False else [2, 3].count(e1))
print([1, 2] == (1, 2), [1] != (1,), list((1, 2)) == [1, 2], [] == (), [1] == [True])
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]), sorted([[3], [1, 2], [1], [2, 0]]))
a = [1, 2, 3]
print(a is a, a is a[:], a == a[:], a is list(a), [] is [])
