# isinstance/issubclass with tuples, unions, and metaclass hooks.
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Robot:
    def quack(self):
        return "beep quack"


print(isinstance(Robot(), Duck), isinstance(5, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(3, (str, (bytes, int))), isinstance("s", int | str), isinstance(None, type(None)))
print(issubclass(bool, int | float), isinstance([], list | None), type(int | str).__name__)
try:
    isinstance(3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)


class A:
    pass


class B(A):
    pass


print(isinstance(B(), A), issubclass(B, (int, A)), isinstance(A(), B), issubclass(A, A))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(type, type), isinstance(object, type))
print(issubclass(type, object), isinstance(type, object), issubclass(object, type))
print(A.__subclasses__() == [B], bool in int.__subclasses__())


class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


print(Generic[int], Generic["x"], list[int], dict[str, int])
