# AttributeError with CPython 3.11's "Did you mean" suggestion.
class Point:
    def __init__(self):
        self.x_coordinate = 1
        self.y_coordinate = 2


p = Point()
print(p.x_coordinate)
print(p.y_coordinat)
