# f-string expressions, conversions, debugging '=' and nesting
x, y = 7, 3.5
name = "Krait"
items = [1, 2, 3]
d = {"k": "v", 1: "one"}
print(f"{x} {y} {name} {items} {d}")
print(f"{x + 1} {x * y} {x // 2} {x ** 2} {-x} {x > 5} {not x}")
print(f"{name.upper()} {name[1:3]} {name!r} {name!s} {name!a} {'é'!a}")
print(f"{items[0]} {items[-1]} {d['k']} {d[1]} {len(items)} {sum(items)}")
print(f"{x=} {y=} {name=} {x + 1=} {items[1]=}")
print(f"{x = }", f"{name=!s}", f"{y=:.3f}", f"{name=:>8}", f"{x=!r:^5}")
print(f"{{}} {{x}} {{{x}}} {x:{x}} {'{'}")
print(f"{x if x > 5 else 0} {[i * i for i in items]} {(lambda a: a + 1)(x)} {(x, y)}")
print(f"{3.14159:.2f} {1234567:,} {0.25:%} {255:#x} {'s':*^5} {x:03d} {y:08.3f}")
print(f'{"double"}' + f"{'single'}" + f"""{'''triple'''}""", f"{'a' 'b'}")
w = 6
print(f"{'r':>{w}}|{'c':^{w}}|{'l':<{w}}|")
print(f"multi {x} " f"part {y}", rf"\n{x}\t", fr"{name}\x")
class C:
    def __format__(self, spec):
        return f"C<{spec}>"
    def __repr__(self):
        return "C()"
print(f"{C()} {C():abc} {C()!r} {C()=} {C()=:zz}")
print(f"{'%s' % x} {'{}'.format(y)} {x!r:>4}", f"{3:{'0'}>{4}}")
print(f"{None} {True:d} {False!s:>6} {b'x'} {1+2j} {range(2)}")
