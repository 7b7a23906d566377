# The implicit __class__ cell used by zero-argument super().
class Base:
    def who(self):
        return "Base"


class Child(Base):
    def who(self):
        return "Child>" + super().who()

    def cls(self):
        return __class__.__name__

    def nested(self):
        def inner():
            return __class__.__name__

        return inner()

    def via_lambda(self):
        return (lambda: super(Child, self).who())()


class Grand(Child):
    pass


g = Grand()
print(g.who(), g.cls(), g.nested(), g.via_lambda(), type(g).__name__)


def detached(self):
    return super().who()


Child.detached = detached
try:
    g.detached()
except RuntimeError as e:
    print("RuntimeError:", e)
print("__class__" in Child.who.__code__.co_freevars, Child.who.__closure__[0].cell_contents is Child)
