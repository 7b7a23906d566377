# __hash__ / __eq__ interplay: unhashable when __eq__ defined, dict keys.
class Plain:
    pass


class EqOnly:
    def __eq__(self, other):
        return True


class EqAndHash:
    def __init__(self, key):
        self.key = key

    def __eq__(self, other):
        return isinstance(other, EqAndHash) and self.key == other.key

    def __hash__(self):
        return hash(self.key)

    def __repr__(self):
        return f"K({self.key})"


p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
d = {EqAndHash(1): "one", EqAndHash(2): "two"}
print(d[EqAndHash(1)], EqAndHash(2) in d, EqAndHash(3) in d, len({EqAndHash(1), EqAndHash(1)}))
print(hash(EqAndHash(5)) == hash(5))


class Sub(EqAndHash):
    def __eq__(self, other):
        return False


print(Sub.__hash__ is None)


class Sub2(EqAndHash):
    pass


print(hash(Sub2(7)) == hash(7))


class ExplicitUnhashable:
    __hash__ = None


try:
    hash(ExplicitUnhashable())
except TypeError as e:
    print("TypeError:", e)


class BadHash:
    def __hash__(self):
        return "not an int"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash(({},))
except TypeError as e:
    print("TypeError:", e)
