# Unicode identifiers, soft keywords used as names, dunder names.
café = "coffee"
π = 3.14
数 = 7
print(café, π, 数)
match = 1
case = 2
_ = 3
type = "shadowed"
print(match, case, _, type)
del type
print(type(5).__name__)
__private_like = "module level dunder-ish"
print(__private_like)
print(__name__, __doc__ is None)
ﬁ = "ligature normalised to fi"
print(fi)
class Ünïcode:
    ñame = "n"
print(Ünïcode.ñame, Ünïcode.__name__)
def λ(x):
    return x + 1
print(λ(1), λ.__name__)
print([match for match in range(3)])
print("soft keywords as attributes:", type("T", (), {"match": 1, "case": 2, "_": 3}).case)
