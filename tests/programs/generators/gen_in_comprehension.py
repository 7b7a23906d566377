# Generators consumed by builtins, unpacking, zip, and in comprehensions.
def gen(n):
    for i in range(n):
        yield i


a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
print(*gen(4))
print(list(zip(gen(3), gen(5))), dict(zip("abc", gen(3))))
print([x * y for x in gen(3) for y in gen(2)])
print(sorted(gen(5), reverse=True), tuple(gen(2)), set(gen(3)) == {0, 1, 2})
print(sum(gen(101)), min(gen(5)), max(gen(5)), len(list(gen(7))))
print("-".join(str(x) for x in gen(4)), list(map(lambda x: x * 2, gen(3))))
print(list(enumerate(gen(3), 1)), list(reversed(list(gen(3)))))
print(3 in gen(5), 9 in gen(5))
g = gen(5)
print(2 in g, list(g))
try:
    x, y = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    len(gen(3))
except TypeError as e:
    print("TypeError:", e)
try:
    gen(3)[0]
except TypeError as e:
    print("TypeError:", e)
