# Binary arithmetic dunders, reflected operands, NotImplemented fallbacks.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k, mod=None):
        return Vec(pow(self.x, k, mod), pow(self.y, k, mod))

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return Vec(self.y, self.x)

    def __divmod__(self, k):
        return self // k, self % k

    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, pow(b, 2, 5))
print(-a, +a, abs(b), ~a, divmod(b, 2))
print(sum([a, b, Vec(10, 10)]))
for expr in ["a + 1", "1 + a", "a * 'x'", "a @ b", "a << 1", "'s' - a"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError:", e)


class Money(int):
    def __add__(self, o):
        return Money(int(self) + int(o))

    def __radd__(self, o):
        return "Money.__radd__ wins"

    def __repr__(self):
        return f"Money({int(self)})"


print(Money(5) + 3, 3 + Money(5), type(Money(1) + Money(2)).__name__)
log = []


class L:
    def __add__(self, o):
        log.append("L.__add__")
        return NotImplemented


class R:
    def __radd__(self, o):
        log.append("R.__radd__")
        return "R handled"


print(L() + R(), log)
