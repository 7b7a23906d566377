# An enumeration implemented by hand with a metaclass-free registry.
class Color:
    _members = []

    def __init__(self, name, value):
        self.name = name
        self.value = value
        Color._members.append(self)

    def __repr__(self):
        return f"<Color.{self.name}: {self.value}>"

    def __eq__(self, other):
        return isinstance(other, Color) and self.value == other.value

    def __hash__(self):
        return hash(self.value)

    def __lt__(self, other):
        return self.value < other.value

    @classmethod
    def from_value(cls, value):
        for m in cls._members:
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid Color")


Color.RED = Color("RED", 1)
Color.GREEN = Color("GREEN", 2)
Color.BLUE = Color("BLUE", 3)
print(Color.RED, Color._members, sorted(Color._members, reverse=True))
print(Color.from_value(2), Color.from_value(2) is Color.GREEN)
try:
    Color.from_value(9)
except ValueError as e:
    print("ValueError:", e)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.from_value(1)])
print([m.name for m in Color._members if m.value % 2])
