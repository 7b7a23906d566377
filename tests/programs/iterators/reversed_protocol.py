# reversed() on builtins and custom classes
print(list(reversed([1, 2, 3])), list(reversed("héllo")), list(reversed((1, 2))), list(reversed(range(5))))
print(list(reversed(range(0, 10, 3))), list(reversed({1: "a", 2: "b"})), list(reversed(b"ab")), "".join(reversed("abc")))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
print(type(reversed(range(3))).__name__, type(reversed("ab")).__name__, type(reversed({})).__name__)
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq())
class Custom:
    def __reversed__(self):
        return iter(["z", "y", "x"])
print(list(reversed(Custom())))
for obj in [{1, 2}, 5, iter([1, 2]), (x for x in "ab"), Custom]:
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class NoneRev:
    __reversed__ = None
try:
    reversed(NoneRev())
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3, 4]
rit = reversed(lst)
print(next(rit))
lst.pop()
lst.pop()
print(list(rit))
lst2 = [1, 2]
rit2 = reversed(lst2)
lst2.append(3)
print(list(rit2))
print(list(reversed([])), list(reversed(range(0))), lst[::-1] == list(reversed(lst)))
