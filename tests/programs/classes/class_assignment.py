# Changing an object's __class__.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


obj = A()
obj.data = 1
print(obj.who(), type(obj).__name__)
obj.__class__ = B
print(obj.who(), type(obj).__name__, obj.data, isinstance(obj, A), isinstance(obj, B))
try:
    obj.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)


class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("a",)


class S3:
    __slots__ = ("b",)


s = S1()
s.a = 1
s.__class__ = S2
print(type(s).__name__, s.a)
try:
    s.__class__ = S3
except TypeError as e:
    print("TypeError:", e)


class State:
    def handle(self):
        self.__class__ = Next
        return "State -> Next"


class Next(State):
    def handle(self):
        self.__class__ = State
        return "Next -> State"


st = State()
print([st.handle() for _ in range(4)])
