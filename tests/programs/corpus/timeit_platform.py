import platform
import timeit

calls = []
t = timeit.timeit(lambda: calls.append(1), number=7)
print(type(t).__name__, t >= 0, len(calls))
print(type(timeit.timeit("x = sum(range(10))", number=5)).__name__)
print(len(timeit.repeat("pass", repeat=3, number=2)))
ns = {"val": 0}
timeit.timeit("val += 1", setup="val = 10", number=3, globals=ns)
print(ns["val"])
print(type(platform.system()).__name__, platform.python_version().startswith("3.11"))
print(len(platform.uname()), platform.python_implementation())
