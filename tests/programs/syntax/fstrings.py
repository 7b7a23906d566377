# f-string syntax: expressions, conversions, format specs, nesting.
name = "krait"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"k": "v", "n": 5}
print(f"hello {name}")
print(f"{n} {n + 1} {n * 2:05d} {n:x} {n:o} {n:b} {n:#x}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.2f}| {pi:e}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^11}")
print(f"{items} {items[0]} {items[-1]} {len(items)}")
print(f"{d['k']} {d['n'] * 2}")
width = 8
prec = 3
print(f"{pi:{width}.{prec}f}|")
print(f"{'nested ' + f'{n}'}")
print(f"{{literal braces}} {{{n}}}")
print(f"{n=} {pi=:.1f} {name = }")
print(f"{1 if n > 10 else 0}")
print(f"{[x * 2 for x in items]}")
print(f"{(lambda x: x + 1)(n)}")
print(f"{n:,} {1234567.891:,.2f} {1234567:_}")
print(f"{-n:+d} {n:+d} {n: d}")
print(f"{0.5:%} {0.125:.1%}")
print(f'{"quotes"}' f"{'inside'}")
print(f"""triple {n}
second line {name}""")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print(f"{P()} {P():abc} {P():{width}}")
print(f"{3.0:g} {1e20:g} {1e-5:g} {123456789.0:g}")
print(f"{'x':>{width}}")
print(f"{True} {None} {b'by'}")
