# Cooperative multiple inheritance with **kwargs passed along the MRO.
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            print("Base leftover", sorted(kwargs))
        print("Base init")


class Named(Base):
    def __init__(self, name, **kwargs):
        print("Named init", name)
        self.name = name
        super().__init__(**kwargs)


class Aged(Base):
    def __init__(self, age, **kwargs):
        print("Aged init", age)
        self.age = age
        super().__init__(**kwargs)


class Person(Named, Aged):
    def __init__(self, **kwargs):
        print("Person init")
        super().__init__(**kwargs)


p = Person(name="Ann", age=30)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
try:
    Person(name="Bob")
except TypeError as e:
    print("TypeError:", e)
try:
    Base(1)
except TypeError as e:
    print("TypeError:", e)


class Logged(Person):
    def __init__(self, **kwargs):
        self.log = sorted(kwargs)
        super().__init__(**kwargs)


l = Logged(name="C", age=3)
print(l.log)
