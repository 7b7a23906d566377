# iterators are single pass; iterables are not; shared iterators
lst = [1, 2, 3, 4, 5, 6]
it = iter(lst)
print(iter(it) is it, iter(lst) is iter(lst), type(it).__name__)
print(list(zip(it, it)))
it2 = iter(lst)
print(next(it2), 3 in it2, list(it2))
it3 = iter(lst)
print(2 in it3, list(it3))
chunks = [lst[i:i + 4] for i in range(0, len(lst), 4)]
print(chunks, list(zip(*[iter(range(9))] * 3)))
s = iter("abc")
for ch in s:
    print(ch, list(s))
print(list(s))
m = map(str, range(3))
print(list(m), list(m), sorted(m), tuple(m))
d = {"a": 1, "b": 2}
ki = iter(d)
print(next(ki), list(d), list(ki), list(ki))
short = [10, 20, 30]
sit = iter(short)
print(any(v > 15 for v in sit), list(sit))
sit = iter(short)
print(all(v < 15 for v in sit), list(sit))
sit = iter([0, 5, 0, 7])
print(next(filter(None, sit)), list(sit))
print(max(iter([3, 9, 2])), min(iter("zxy")), sum(iter(range(5))), sorted(iter({3, 1, 2})), len(list(iter(range(4)))))
gen = (x * x for x in range(4))
print(sum(gen), sum(gen), list(gen))
it4 = iter([1, 2, 3])
a, *b = it4
print(a, b, list(it4))
