# bool arithmetic, repr, and None
print(True, False, repr(True), str(False), type(True).__name__, bool.__mro__[1].__name__)
print(True + True, True * 10, True - False, True / True, True // True, True % 2, -True, ~False)
print(True == 1, False == 0, True is True, True is not False, isinstance(True, int), issubclass(bool, int))
print(bool(), bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(()), bool(None), bool(set()))
print(bool(1), bool(-0.5), bool("0"), bool([0]), bool((None,)), bool(" "), bool(0j), bool(1j))
print(True and 5, False and 5, True or 5, 0 or "x", "" or [] or 0, None or "d", 3 and 0 and 1)
print(not True, not None, not [], not [1], sum([True, True, False, True]))
print(True & True, True | False, True ^ True, type(True ^ True).__name__, type(True + 0).__name__)
print(f"{True}", f"{True:d}", f"{True:>6}", f"{False!r}", "%s %d" % (True, True), format(True, "x"))
print(str(True).upper(), int(True), float(False), complex(True), [True] * 3)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(None, repr(None), type(None).__name__, None is None, None == None, None != 0)
print(bool(None), str(None), [None, None], {None: 1}[None])
def f():
    pass
print(f(), f() is None)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
nothing = None
try:
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
print(type(None)(), type(None)() is None, hash(True), hash(False))
class Truthy:
    def __bool__(self):
        return False
class Lenny:
    def __len__(self):
        return 0
print(bool(Truthy()), bool(Lenny()), not Truthy(), "yes" if Lenny() else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
