# Augmented assignment on names, attributes, subscripts, slices.
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x **= 3
print(x)
x %= 7
print(x)
x <<= 4
print(x)
x >>= 1
print(x)
x |= 0b101
print(x)
x &= 0b1110
print(x)
x ^= 0xFF
print(x)
f = 7.0
f /= 2
print(f)


class Box:
    def __init__(self):
        self.v = 1
        self.items = [1, 2]


b = Box()
b.v += 10
b.v *= 3
b.items += [3]
b.items[0] -= 100
print(b.v, b.items)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", 0)
d["b"] -= 5
print(d)
lst = [1, 2, 3]
alias = lst
lst += [4]
print(lst, alias, lst is alias)
tup = (1, 2)
alias_t = tup
tup += (3,)
print(tup, alias_t, tup is alias_t)
s = "ab"
s *= 3
print(s)
m = [[0] * 3 for _ in range(2)]
m[1][2] += 7
print(m)
calls = []


def key():
    calls.append("key")
    return 0


arr = [5]
arr[key()] += 1
print(arr, calls)


class Logged:
    def __init__(self):
        self.log = []
        self.data = {}

    def __getitem__(self, k):
        self.log.append(("get", k))
        return self.data.get(k, 0)

    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
        self.data[k] = v


lg = Logged()
lg["x"] += 5
lg["x"] *= 2
print(lg.log, lg.data)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
