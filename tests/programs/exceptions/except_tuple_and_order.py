# Matching: tuples of classes, first match wins, subclass order.
def which(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-ish {type(e).__name__}"
    except ArithmeticError:
        return "arithmetic"
    except ValueError as e:
        return f"value {e}"
    except Exception as e:
        return f"generic {type(e).__name__}"


for exc in [KeyError("k"), IndexError, ZeroDivisionError(), OverflowError, UnicodeError("u"), TypeError()]:
    print(which(exc))
try:
    raise ZeroDivisionError("first match")
except ArithmeticError:
    print("ArithmeticError clause (first) wins")
except ZeroDivisionError:
    print("never")
handlers = (TypeError, ValueError)
try:
    int("nope")
except handlers as e:
    print("tuple from variable:", type(e).__name__)
try:
    try:
        raise ValueError("v")
    except 42:
        print("never")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("v")
    except (ValueError, 42) as e:
        print("tuple with junk still matches first:", e)
except TypeError as e:
    print("TypeError:", e)
try:
    raise KeyboardInterrupt
except Exception:
    print("never")
except BaseException as e:
    print("BaseException catches", type(e).__name__)
try:
    raise SystemExit(0)
except:
    print("bare except catches SystemExit")
