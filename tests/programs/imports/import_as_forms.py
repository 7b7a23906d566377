# import a.b as c, multiple imports per statement, imports inside functions.
import shapes.sub.sibling as sib, shapes.circle as circle_mod
import shapes

print(sib.NAME, circle_mod.area(1), shapes.sub.sibling is sib)


def local_import():
    import _noall as n
    from shapes.square import area

    return n.public_two, area(4), "n" in locals()


print(local_import())
print("n" in globals(), "area" in globals())


class Holder:
    import shapes.circle as inside_class


print(Holder.inside_class.PI)
try:
    import shapes.sub.sibling.NAME
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
