# Single and multiple inheritance, method resolution, attribute lookup.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def describe(self):
        return f"{self.name} is an {self.kind}: {self.speak()}"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return f"{self.name} barks"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " softly"


for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.describe())
p = Puppy("tiny", 2)
print(p.age, p.kind, Puppy.kind, Animal.kind)
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(Dog("d"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Dog, object))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__, Dog.__base__.__name__, Animal.__bases__)
print(type(p).__name__, type(p) is Puppy, p.__class__.__name__)
Animal.kind = "creature"
print(Animal("x").kind, Dog("y").kind)
p.kind = "instance override"
print(p.kind, Puppy.kind)
del p.kind
print(p.kind)
print(Puppy.speak is Dog.speak, Dog.describe is Animal.describe)
print(isinstance(p, (int, str, Dog)), issubclass(bool, int), issubclass(int, (str, object)))
print(sorted(k for k in vars(p)))
