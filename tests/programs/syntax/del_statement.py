# del on names, subscripts, slices, attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(8))
del lst[0]
print(lst)
del lst[-1], lst[0]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class O:
    pass


o = O()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, "attr"), o.other, sorted(vars(o)))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)


def f():
    y = 10
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(f())
[p, q] = [1, 2]
del [p, q]
print("p" in globals())
