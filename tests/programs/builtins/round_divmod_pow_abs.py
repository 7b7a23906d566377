# round, divmod, pow, abs builtins across types
print(round(3.14159), round(3.14159, 2), round(-2.5), round(2.5), round(0.5), round(1.5), round(25, -1), round(35, -1))
print(round(1234, -2), round(-1250, -2), round(1.23456e10, -5), round(7), type(round(7.5)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(True, 2))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(5, 3, 13), pow(2, 0), pow(0, 0))
print(pow(base=3, exp=4), pow(3, 4, mod=5), 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(False), abs(-(10 ** 30)))
class Num:
    def __abs__(self):
        return "absolute"
    def __round__(self, n=None):
        return f"round({n})"
    def __divmod__(self, other):
        return ("dm", other)
    def __rdivmod__(self, other):
        return ("rdm", other)
    def __pow__(self, e, m=None):
        return ("pow", e, m)
    def __rpow__(self, b):
        return ("rpow", b)
n = Num()
print(abs(n), round(n), round(n, 2), divmod(n, 1), divmod(1, n), pow(n, 2), pow(n, 2, 3), pow(2, n), 2 ** n)
for call in [lambda: abs("x"), lambda: round("x"), lambda: divmod(1, "x"), lambda: divmod(1, 0), lambda: pow("a", 2),
             lambda: pow(2, 3, 0), lambda: divmod(2.0, 0.0), lambda: abs(), lambda: round(1, 2, 3), lambda: pow(2)]:
    try:
        print(call())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
