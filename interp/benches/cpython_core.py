"""The programs of interp/benches/core.rs, timed in CPython with timeit
(best of 5 x 50 calls of run()), for comparison with `cargo bench -p
krait-interp --bench core`. Keep the programs in sync with core.rs.

    python3 interp/benches/cpython_core.py
"""
import timeit
progs = {
"dispatch": """def run():
    i = 0
    t = 0
    while i < 10000:
        t = t + i
        i = i + 1
    return t
""",
"calls": """def add(a, b):
    return a + b
def run():
    t = 0
    for i in range(10000):
        t = add(t, i)
    return t
""",
"method_calls": """class C:
    def __init__(self):
        self.n = 0
    def bump(self, k):
        self.n += k
def run():
    c = C()
    for i in range(10000):
        c.bump(i)
    return c.n
""",
"attributes": """class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def run():
    p = P(1, 2)
    t = 0
    for i in range(10000):
        t += p.x + p.y
        p.x = i
    return t
""",
"instantiation": """class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def run():
    last = None
    for i in range(10000):
        last = V(i, i)
    return last.x
""",
"dict_ops": """def run():
    d = {}
    for i in range(10000):
        d[i & 255] = d.get(i & 255, 0) + 1
    return len(d)
""",
"list_ops": """def run():
    xs = []
    for i in range(10000):
        xs.append(i)
    t = 0
    for x in xs:
        t += xs[x >> 1]
    return t
""",
"float_arith": """def run():
    x = 0.5
    t = 0.0
    for i in range(10000):
        t = t + x * 1.5 - 0.25
    return t
""",
}
for name, src in progs.items():
    g = {}
    exec(src, g)
    t = min(timeit.repeat(g["run"], number=50, repeat=5)) / 50
    print(f"{name:15} {t*1e6:8.1f} us")
