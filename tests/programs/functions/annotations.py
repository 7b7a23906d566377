# Function and variable annotations are stored but not enforced.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return a


print(f("not an int"))
print(f.__annotations__)
x: int = 5
y: str
print(x, "y" in globals(), __annotations__)


class C:
    attr: int = 3
    other: "List[int]"

    def m(self) -> None:
        pass


print(C.__annotations__, C.attr, hasattr(C, "other"), C.m.__annotations__)


def no_annotations(a, b):
    pass


print(no_annotations.__annotations__)


def local_annotation():
    z: int = 1
    w: str
    return z, "w" in locals()


print(local_annotation())
