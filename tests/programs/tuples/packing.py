# tuple packing/unpacking, returning multiple values, swaps
t = 1, 2, 3
print(t, type(t).__name__)
single = 5,
print(single, len(single))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, -2, 9])
print(lo, hi, minmax("hello"))
def stats(*nums):
    n = len(nums)
    mean = sum(nums) / n
    var = sum((v - mean) ** 2 for v in nums) / n
    return n, mean, var
print(stats(2, 4, 4, 4, 5, 5, 7, 9))
count, *_ = stats(1, 2)
print(count)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
pairs = list(zip("abc", range(3)))
letters, nums = zip(*pairs)
print(pairs, letters, nums)
print(divmod(17, 5), *divmod(17, 5), (*"ab", *range(2)))
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, tuple(sorted(kw.items()))
print(f(*(1, 2)), f(*(1, 2, 3, 4, 5), k=1), f(1, *(2,), c=9, z=0))
nested = ((1, 2), (3, 4), (5, 6))
print([a * b for a, b in nested], tuple(map(sum, nested)), dict(nested))
(((deep,),),) = (((42,),),)
print(deep)
fib = (0, 1)
for _ in range(10):
    fib = fib + (fib[-1] + fib[-2],)
print(fib)
a = b = c = (1, 2)
print(a is b is c)
