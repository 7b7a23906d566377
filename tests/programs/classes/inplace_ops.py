# In-place operator dunders and their fallback to binary operators.
class Acc:
    def __init__(self, v):
        self.v = v
        self.history = []

    def __iadd__(self, o):
        self.history.append(("iadd", o))
        self.v += o
        return self

    def __add__(self, o):
        return Acc(self.v + o)

    def __isub__(self, o):
        self.v -= o
        return self

    def __imul__(self, o):
        return "imul returned a string"

    def __repr__(self):
        return f"Acc({self.v})"


a = Acc(1)
alias = a
a += 5
print(a, alias, a is alias, a.history)
a -= 2
print(a, a is alias)
a *= 3
print(a, alias)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)

    def __repr__(self):
        return f"OnlyAdd({self.v})"


x = OnlyAdd(1)
y = x
x += 10
print(x, y, x is y)


class NotImpl:
    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return "fell back to __add__"


n = NotImpl()
n += 1
print(n)
ops = {}
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    v = 12
    exec(f"v {op} 5")
    ops[op] = v
print(ops)
s = {1, 2}
t = s
s |= {3}
s &= {2, 3}
s -= {9}
print(s, t, s is t)
try:
    z = None
    z += 1
except TypeError as e:
    print("TypeError:", e)
