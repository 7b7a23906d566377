# set operators with int elements
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a, b, len(a), 3 in a, 9 not in a)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, a < a, a <= a, {1, 2} < a, a > {1}, a >= a, a == {5, 4, 3, 2, 1}, a != b)
print(set() <= a, set() < set(), {1} == frozenset({1}), a | set(), a & set(), set() - a)
c = a.copy()
c |= {10, 11}; print(c)
c &= {1, 2, 10, 99}; print(c)
c -= {2}; print(c)
c ^= {1, 50}; print(c)
fs = frozenset({3, 4})
print(a | fs, type(a | fs).__name__, fs | a, type(fs | a).__name__, type(fs & a).__name__, type(fs - a).__name__)
for op in ["a | [1]", "a & (1,)", "a - 'x'", "a ^ 5", "a < [1]"]:
    try:
        print(eval(op))
    except TypeError as e:
        print(op, type(e).__name__, e)
print(a.union([9], (8,), range(7, 9)), a.intersection([1, 2, 99], {1, 2}), a.difference([1], [2]), a.symmetric_difference([5, 6]))
print({-1, -2, 0, 100, 33, 64, 7}, {10, 5, 20, 1}, set(range(20, 0, -3)), {2 ** 31, 1, 2 ** 40})
print(sorted(a ^ b, reverse=True), sum(a), max(b), min(a | b), list(a & b))
