# __cause__, __context__, __suppress_context__ in caught exceptions.
def describe(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e}) cause={type(e.__cause__).__name__ if e.__cause__ else None} "
                     f"ctx={type(e.__context__).__name__ if e.__context__ else None} suppress={e.__suppress_context__}")
        e = e.__cause__ or e.__context__
    return parts


try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["missing"]
except KeyError as e:
    print(describe(e))
try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as e:
    print(describe(e))
try:
    try:
        [][1]
    except IndexError:
        raise LookupError("no context shown") from None
except LookupError as e:
    print(describe(e), repr(e.__context__))
e = ValueError("manual")
e.__cause__ = TypeError("set by hand")
print(e.__suppress_context__, type(e.__cause__).__name__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError:", err)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise KeyError("c")
except KeyError as c:
    print(describe(c))
try:
    try:
        raise ValueError("loop")
    except ValueError as v:
        raise v
except ValueError as again:
    print(again.__context__ is None)
