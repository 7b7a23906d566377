# Generator expressions and class scope, nesting, and late binding.
class K:
    items = [1, 2, 3]
    factor = 10
    doubled = list(x * 2 for x in items)
    try:
        scaled = list(x * factor for x in items)
    except NameError as e:
        scaled = "NameError: " + str(e)


print(K.doubled, K.scaled)


def outer():
    base = 5
    return list((lambda: base + x)() for x in range(3))


print(outer())
nested = list(list(i * j for j in range(3)) for i in range(3))
print(nested)
gens = [(x + i for x in range(2)) for i in range(3)]
print([list(g) for g in gens])
i = 100
late = (x + i for x in range(3))
i = 200
print(list(late))
data = [3, 1, 2]
sorted_gen = (x for x in sorted(data))
data.append(0)
print(list(sorted_gen))
