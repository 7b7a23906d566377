# with blocks inside generators: __exit__ runs on exhaustion, close, and throw.
class R:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("acquire", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("release", self.name, et.__name__ if et else None)
        return False


def gen(name, n):
    with R(name) as r:
        for i in range(n):
            yield f"{r}{i}"


print(list(gen("a", 2)))
g = gen("b", 5)
print(next(g))
g.close()
g = gen("c", 5)
print(next(g))
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("ValueError:", e)
for item in gen("d", 3):
    if item == "d1":
        break
print("after break")
