# builtins applied to lists
a = [5, 3, 9, 1, 7, 3]
print(len(a), sum(a), min(a), max(a), sorted(a), list(reversed(a)), a.count(3), 9 in a, 4 not in a)
print(sum(a, 100), sum([[1], [2, 3]], []), sum([0.1] * 3), any(a), all(a), any([]), all([]), all([1, 0]))
print(list(enumerate(a, 1)), list(zip(a, a[1:])), list(map(str, a)), list(filter(lambda v: v > 4, a)))
print(sorted(a, key=lambda v: -v), max(a, key=lambda v: v % 4), min(a, key=lambda v: abs(v - 6)))
print(list(range(5)), list("abc"), list((1, 2)), list({3: 4}), list({7}), list(x for x in "hi"), list())
print([abs(x) for x in [-2, 0, 2]], list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y: x * y, "ab", [2, 3])))
print(str(a), repr(a), ascii(["é"]), str([1.0, "s", None, True, (1,), [2]]), [[]] * 2, [[], []])
print(isinstance(a, list), type(a) is list, type([]).__name__, list.__name__, bool([]), bool([0]))
print(divmod(len(a), 4), a[len(a) // 2], sorted(a)[len(a) // 2], sum(a) / len(a))
it = iter(a)
print(next(it), next(it), list(it), list(it))
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), type(ml).__name__, type(ml + [5]).__name__, type(ml[1:]).__name__, isinstance(ml, list))
print(list(map(int, "1 2 3".split())), [int(c) for c in str(2 ** 20)], "".join(map(str, [1, 2, 3])))
