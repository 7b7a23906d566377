# match: sequence patterns with star, nesting, and as-patterns.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [*init, "end"]:
            return f"ends with end, init {init}"
        case [a, *_, z] if a == z:
            return f"same ends {a}"
        case [[x, y], *others]:
            return f"nested pair {x},{y} +{len(others)}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case _:
            return "long"


tests = [[], [5], (1, 2), [1, 2, 3, 4], ["a", "b", "end"], [7, 0, 0, 7], [[1, 2], 3, 4], (9, 8, 7), [9, 8, 7, 6]]
for t in tests:
    print(t, "->", seq(t))
print(seq("ab"), seq(b"ab"), seq(range(2)))


def asp(x):
    match x:
        case [(1 | 2) as first, *rest] as whole:
            return first, rest, whole
        case [int() as i, str() as s]:
            return "int-str", i, s
        case other:
            return "other", other


print(asp([2, 5, 6]))
print(asp((1,)))
print(asp([3, "x"]))
print(asp([3, 4]))
print(asp({1: 2}))
