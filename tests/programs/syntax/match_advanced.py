# match: nested patterns, guards with side effects, subject evaluation once.
class Leaf:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Leaf(value={self.value!r})"


class Node:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right

    def __repr__(self):
        return f"Node(left={self.left!r}, right={self.right!r})"


def total(t):
    match t:
        case Leaf(value=v):
            return v
        case Node(Leaf(0), right):
            return total(right)
        case Node(left, right):
            return total(left) + total(right)


tree = Node(Node(Leaf(1), Leaf(2)), Node(Leaf(0), Leaf(5)))
print(total(tree))
print(Leaf(3), Node(Leaf(1), Leaf(2)))
guard_calls = []


def g(x):
    guard_calls.append(x)
    return x > 2


def classify(v):
    match v:
        case [x, y] if g(x):
            return "pair with big first"
        case [x, y] if g(y):
            return "pair with big second"
        case [x, y]:
            return "plain pair"
        case {"k": [1, *_] | (2, *_)}:
            return "mapping with list starting 1 or 2"
        case str() as s if len(s) > 3:
            return "long string"
    return "nothing"


for v in [[5, 0], [0, 5], [0, 0], {"k": [1, 9]}, {"k": (2,)}, {"k": [3]}, "hello", "hi"]:
    print(v, classify(v))
print(guard_calls)
subject_calls = []


def subject():
    subject_calls.append(1)
    return (1, 2)


match subject():
    case (1, 3):
        print("no")
    case (1, x):
        print("x =", x)
print(len(subject_calls))
match 5:
    case 1:
        pass
print("fell through without match")
