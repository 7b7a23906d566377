# Callable objects, callable(), __call__ signatures.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *, extra=0):
        return x * self.k + extra


double = Multiplier(2)
print(double(5), double(5, extra=1), callable(double), callable(Multiplier), callable(5))
print(list(map(Multiplier(3), [1, 2, 3])))


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, v):
        self.total += v
        return self


acc = Accumulator()
acc(1)(2)(3)
print(acc.total)
print(callable(print), callable(len), callable("s".upper), callable(type), callable(None))


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class Made(metaclass=Meta):
    def __init__(self, a):
        self.a = a


m = Made(7)
print(m.a)


class StaticCall:
    __call__ = staticmethod(lambda: "static call")


try:
    print(StaticCall()())
except TypeError as e:
    print("TypeError:", e)
