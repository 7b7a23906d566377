# dict comprehensions and equality
squares = {n: n * n for n in range(8)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in squares.items()})
print({c: ord(c) for c in "hello"})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({k: [x for x in range(k)] for k in range(4)})
print({n % 3: n for n in range(10)})
print({word[0]: word for word in ["apple", "avocado", "banana", "blueberry", "cherry"]})
a = {1: "x", 2: "y"}
b = {2: "y", 1: "x"}
print(a == b, list(a) == list(b), a != b, a == {1: "x"}, a == {1: "x", 2: "z"}, {} == {}, {} == [])
print({1: 1.0} == {1.0: True}, {"k": [1]} == {"k": [1]}, {"k": {1: 2}} == {"k": {1: 2}})
nan = float("nan")
n = {1: nan}
print(n == n, {1: nan} == {1: nan}, n == {1: n[1]})
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1, "d": 3, "e": 2}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
matrix = {(r, c): r * 10 + c for r in range(3) for c in range(3)}
transposed = {(c, r): v for (r, c), v in matrix.items()}
print(transposed == matrix, transposed[(0, 2)], matrix[(0, 2)])
x = 10
print({x: x for x in range(3)}, x)
print(dict((k, k * 2) for k in range(3)), dict(zip("abc", range(3))), dict([(1, 2)], x=3) if False else dict(a=1, b=2))
