# dict | and |= and ** unpacking
a = {1: "a", 2: "b"}
b = {2: "B", 3: "C"}
print(a | b, b | a, a, b)
c = a
c |= b
print(a, c is a)
c |= [(4, "D"), (1, "A")]
print(a)
c |= {}
print(a)
try:
    a | [(5, 6)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a |= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a |= [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
x = {"k": 1}
y = {"k": 2, "j": 3}
print({**x, **y}, {**y, **x}, {**x, "k": 0}, {"k": 0, **x}, dict(x, **y), dict(y, k=9))
def show(**kw):
    return sorted(kw.items())
print(show(**x, **{"z": 0}))
try:
    show(**x, **{"k": 5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
defaults = {"host": "localhost", "port": 80, "debug": False}
override = {"port": 8080, "debug": True}
cfg = defaults | override
print(cfg, defaults)
chain = {}
for layer in [{"a": 1}, {"b": 2}, {"a": 3, "c": 4}]:
    chain |= layer
print(chain)
