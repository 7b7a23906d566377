# Nested classes, qualnames, access to outer names.
class Outer:
    value = "outer value"

    class Inner:
        value = "inner value"

        class Deepest:
            def where(self):
                return type(self).__qualname__

        def get(self):
            return self.value

    def make_inner(self):
        return self.Inner()


print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest().where())
print(Outer().make_inner().get(), Outer.Inner.__name__, Outer.Inner.__module__)


def factory(tag):
    class Made:
        label = tag

        def show(self):
            return f"{type(self).__qualname__} {self.label}"

    return Made


A = factory("a")
B = factory("b")
print(A().show(), B().show(), A is B, A.__name__ == B.__name__)


class Tree:
    class Node:
        def __init__(self, v, children=()):
            self.v = v
            self.children = list(children)

        def total(self):
            return self.v + sum(c.total() for c in self.children)

    def __init__(self):
        N = Tree.Node
        self.root = N(1, [N(2, [N(4)]), N(3)])


print(Tree().root.total())


class Scope:
    x = 10
    try:
        y = [x for _ in range(2)]
    except NameError as e:
        y = "NameError: " + str(e)
    z = (lambda x=x: x * 2)()


print(Scope.y, Scope.z)
