# match: literal, capture, wildcard, or, value patterns, guards.
class Color:
    RED = "color-red"
    GREEN = "color-green"


class Const:
    ANSWER = 42


def lit(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case -5:
            return "minus five"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case Const.ANSWER:
            return "answer"
        case Color.RED:
            return "red"
        case n if isinstance(n, int) and n > 100:
            return f"big {n}"
        case _:
            return "other"


for v in [0, 2, "hello", b"raw", None, True, False, -5, 1.5, 2j, 42, Color.RED, Color.GREEN, 500, 50, "x"]:
    print(repr(v), "->", lit(v))


def capture(x):
    match x:
        case y if y < 0:
            return ("negative", y)
        case y:
            return ("captured", y)


print(capture(-1), capture(7))
print(lit(1.0), lit(1), lit(0.0))
