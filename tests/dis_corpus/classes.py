class A:
    "Doc."
    x: int = 1
    y = 2
    def m(self):
        return super().m()
    def n(self):
        return __class__
    @property
    def p(self):
        return self.__private
    __slots__ = ()

class B(A, metaclass=Meta, **kw):
    def __init__(self, *a):
        super().__init__(*a)
        self.__x = 1

class C:
    def outer(self):
        class D:
            def inner(self):
                return D
        return D

def f():
    class E:
        v = x
        def g(self):
            return v
    x = 1
    return E
