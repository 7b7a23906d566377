# super() with and without arguments, in various method kinds.
class A:
    def __init__(self):
        self.trail = ["A"]

    def greet(self):
        return "A.greet"

    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"

    @staticmethod
    def util():
        return "A.util"


class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append("B")

    def greet(self):
        return "B>" + super().greet()

    @classmethod
    def make(cls):
        return "B>" + super().make()


class C(B):
    def __init__(self):
        super(C, self).__init__()
        self.trail.append("C")

    def greet(self):
        return "C>" + super(B, self).greet()

    def util_via_super(self):
        return super().util()


c = C()
print(c.trail, c.greet(), C.make(), c.util_via_super())
print(super(C, c).greet(), super(B, c).greet())
print(super(C, C).make())


class Mixin:
    def hello(self):
        return ["Mixin"] + super().hello()


class Root:
    def hello(self):
        return ["Root"]


class Combo(Mixin, Root):
    def hello(self):
        return ["Combo"] + super().hello()


print(Combo().hello())
print(type(super(C, c)).__name__)


class Prop(A):
    @property
    def name(self):
        return "Prop over " + super().greet()


print(Prop().name)


def outside(self):
    return super(C, self).greet()


print(outside(c))
try:
    super(int, "s")
except TypeError as e:
    print("TypeError:", e)


class NoArgsInLambda(A):
    def f(self):
        g = lambda: super(NoArgsInLambda, self).greet()
        return g()


print(NoArgsInLambda().f())
