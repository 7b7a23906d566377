# C3 linearisation, diamond inheritance, inconsistent MRO errors.
class O:
    pass


class A(O):
    pass


class B(O):
    pass


class C(O):
    pass


class D(O):
    pass


class E(O):
    pass


class K1(A, B, C):
    pass


class K2(D, B, E):
    pass


class K3(D, A):
    pass


class Z(K1, K2, K3):
    pass


def names(cls):
    return [c.__name__ for c in cls.__mro__]


print(names(Z))
print(names(K1), names(K2), names(K3))


class Base:
    def who(self):
        return ["Base"]


class Left(Base):
    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def who(self):
        return ["Right"] + super().who()


class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()


print(Bottom().who(), names(Bottom))
print(Bottom.mro() == list(Bottom.__mro__))
try:
    class Bad(A, O, B):
        pass
except TypeError:
    pass
try:
    class Bad2(O, A):
        pass
except TypeError as e:
    print("TypeError:", e)


class X:
    pass


class Y:
    pass


class XY(X, Y):
    pass


class YX(Y, X):
    pass


try:
    class Broken(XY, YX):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
