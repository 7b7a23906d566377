# float division by zero escaping a function, caught at top level
def normalize(values):
    total = sum(values)
    return [v / total for v in values]
print(normalize([1.0, 2.0, 3.0, 4.0]))
print(normalize([0.5, 0.5]))
print(normalize([-1.0, 3.0]))
print(normalize([1e-300, 1e-300]))
def scale(values, k):
    return [v * k for v in values]
print(scale([1.5, -2.0], 0.5))
print(scale(normalize([3.0, 1.0]), 100.0))
weights = [[2.0, 6.0], [0.1, 0.2, 0.7], [1.0, -1.0]]
for w in weights:
    try:
        print(w, "->", normalize(w))
    except ZeroDivisionError as e:
        print(w, "->", type(e).__name__, e)
print("done")
