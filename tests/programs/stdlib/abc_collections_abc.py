# abc (ABC, ABCMeta, abstractmethod, register) and collections.abc isinstance checks.
from abc import ABC, ABCMeta, abstractmethod
import abc
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set,
                             MutableSet, Generator, Collection, Reversible)
from collections import deque, OrderedDict, defaultdict, Counter


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 1


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Square(1), Shape), issubclass(Square, ABC), type(Shape) is ABCMeta)


class Base(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Base:
            return hasattr(C, "quack") or NotImplemented
        return NotImplemented


class Duck:
    def quack(self):
        pass


class Plain:
    pass


print(isinstance(Duck(), Base), isinstance(Plain(), Base), issubclass(Duck, Base))
Base.register(Plain)
print(isinstance(Plain(), Base), issubclass(Plain, Base))


class Proto(ABC):
    pass


Proto.register(int)
print(isinstance(3, Proto), isinstance("x", Proto), issubclass(bool, Proto))
try:
    Proto.register(5)
except TypeError as e:
    print("TypeError", e)


class WithProp(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def util():
        ...


print(sorted(WithProp.__abstractmethods__))

values = [[1], (1,), "s", b"b", {1: 2}, {1}, frozenset(), range(3), iter([]), (x for x in []),
          deque(), OrderedDict(), defaultdict(int), Counter(), 5, 2.5, None, len, Square, bytearray()]
abcs = [Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence,
        Mapping, MutableMapping, Set, MutableSet, Generator, Collection, Reversible]
for v in values:
    print(type(v).__name__.ljust(16), "".join("1" if isinstance(v, a) else "." for a in abcs))


class MyMap(Mapping):
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = MyMap({"a": 1, "b": 2})
print(m["a"], m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2})
print(isinstance(m, Mapping), isinstance(m, MutableMapping), len(m.keys()), m.keys() & {"a"})


class MySeq(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


sq = MySeq(5)
print(list(sq), 9 in sq, sq.index(9), sq.count(4), list(reversed(sq)))


class MySet(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


ms = MySet([1, 2, 3])
print(list(ms | MySet([4])), list(ms & MySet([2, 3, 9])), list(ms - MySet([1])), ms <= MySet([1, 2, 3, 4]))
ms |= {7}
ms -= {1}
print(list(ms), ms.isdisjoint([8]), type(ms & MySet()).__name__)
try:
    MutableSet()
except TypeError as e:
    print("TypeError", e)


class Counter2(Iterator):
    def __init__(self):
        self.i = 0

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


print(list(Counter2()), iter(Counter2()).__class__.__name__)
print(cabc.Mapping is Mapping, Mapping.__module__, Mapping.__name__)
print(isinstance(abc.get_cache_token(), int))
