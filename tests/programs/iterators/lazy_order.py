# evaluation order and laziness across iterator tools
def src(tag, items):
    for x in items:
        print(f"  {tag} yields {x}")
        yield x
print("zip:")
for pair in zip(src("A", [1, 2, 3]), src("B", "xy")):
    print(" got", pair)
print("map:")
for v in map(lambda a, b: a * b, src("C", [1, 2]), src("D", [10, 20, 30])):
    print(" got", v)
print("filter + enumerate:")
for i, v in enumerate(filter(lambda x: x % 2, src("E", range(5))), 1):
    print(" got", i, v)
print("any/all short circuit:")
print(any(x > 1 for x in src("F", [0, 2, 5])))
print(all(x < 1 for x in src("G", [0, 2, 5])))
print("sorted/list force everything:")
print(sorted(src("H", [3, 1, 2])))
print("min with key:")
print(min(src("I", ["ccc", "a", "bb"]), key=len))
print("reversed of list built from generator:")
print(list(reversed(list(src("J", "ab")))))
print("dict from zip:")
print(dict(zip(src("K", "ab"), src("L", [1, 2, 3]))))
print("in operator stops early:")
print(2 in src("M", [1, 2, 3]))
