def f(x):
    match x:
        case 1:
            return "one"
        case -1 | 2.5 | 3j:
            return "num"
        case "s" | b"b":
            return "str"
        case None:
            return "none"
        case [a, b, *rest]:
            return a
        case [_, *_, last]:
            return last
        case (a, b):
            return b
        case {"k": v, **rest}:
            return v
        case {1: one, "two": two}:
            return one
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case Point(1, 2):
            return 0
        case str() as s:
            return s
        case [Point(x=px) | Other(px)]:
            return px
        case Color.RED:
            return "red"
        case _:
            return None

def g(cmd):
    match cmd.split():
        case [action]:
            pass
        case [action, obj]:
            pass
        case ["go", ("north" | "south") as direction]:
            pass
        case other:
            pass
