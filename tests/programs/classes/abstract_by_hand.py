# Abstract interfaces without abc: NotImplementedError and template methods.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Blob(Shape):
    pass


for s in [Rect(2, 3), Circle(1), Blob()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)


class Visitor:
    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, self.generic)
        return method(node)

    def generic(self, node):
        return f"generic({type(node).__name__})"


class Printer(Visitor):
    def visit_int(self, n):
        return f"int {n}"

    def visit_list(self, lst):
        return "[" + ", ".join(self.visit(x) for x in lst) + "]"


print(Printer().visit([1, [2, "s"], 3.0]))
