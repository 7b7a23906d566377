# A numeric class implementing the full operator set, compared with int.
class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"N({self.v})"


def binop(name):
    def op(self, other):
        o = other.v if isinstance(other, N) else other
        return N(getattr(int, name)(self.v, o))

    return op


def rbinop(name):
    def op(self, other):
        return N(getattr(int, name)(self.v, other))

    return op


for name in ["add", "sub", "mul", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"]:
    setattr(N, f"__{name}__", binop(f"__{name}__"))
    setattr(N, f"__r{name}__", rbinop(f"__r{name}__"))
for name in ["lt", "le", "eq", "ne", "gt", "ge"]:
    setattr(N, f"__{name}__", (lambda nm: lambda s, o: getattr(int, nm)(s.v, o.v if isinstance(o, N) else o))(f"__{name}__"))
N.__hash__ = lambda self: hash(self.v)
N.__neg__ = lambda self: N(-self.v)
N.__invert__ = lambda self: N(~self.v)
a, b = N(12), N(5)
results = [a + b, a - b, a * b, a // b, a % b, a ** N(2), a << N(1), a >> N(2), a & b, a | b, a ^ b, -a, ~a]
print(results)
print([7 + a, 7 - a, 7 * a, 100 // a, 100 % a, 2 ** N(3), 1 << N(3), 64 >> N(2), 6 & a, 1 | a, 3 ^ a])
print(a < b, a <= b, a == N(12), a != b, a > b, a >= N(12), a == 12, 12 == a, 5 < a)
print(sorted([N(3), N(1), N(2)], key=lambda n: n.v), {N(1): "one"}[N(1)])
