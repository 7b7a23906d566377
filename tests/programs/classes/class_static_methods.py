# classmethod and staticmethod behaviour including inheritance.
class Shape:
    count = 0

    def __init__(self, sides):
        self.sides = sides
        Shape.count += 1

    @classmethod
    def triangle(cls):
        return cls(3)

    @classmethod
    def created(cls):
        return cls.count

    @staticmethod
    def is_polygon(sides):
        return sides >= 3

    def __repr__(self):
        return f"{type(self).__name__}({self.sides})"


class Square(Shape):
    def __init__(self, sides=4):
        super().__init__(sides)


print(Shape.triangle(), Square.triangle(), Shape.created(), Square.created())
print(Shape.is_polygon(2), Square.is_polygon(5), Square().is_polygon(4))
sm = Shape.__dict__["is_polygon"]
cm = Shape.__dict__["triangle"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(7), cm.__func__(Square))
print(Shape.triangle.__self__ is Shape, Square.triangle.__self__ is Square)


class Registry:
    items = []

    @classmethod
    def register(cls, x):
        cls.items = cls.items + [x]
        return cls


class SubRegistry(Registry):
    pass


Registry.register(1)
SubRegistry.register(2)
print(Registry.items, SubRegistry.items)


class Chain:
    @classmethod
    @property
    def cls_name(cls):
        return cls.__name__ if False else "ignored"


print(callable(staticmethod(len)), staticmethod(len)("abc"))
