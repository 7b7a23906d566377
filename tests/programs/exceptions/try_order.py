# Execution order of try/except/else/finally.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail == "value":
            raise ValueError("v")
        if fail == "type":
            raise TypeError("t")
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (TypeError, KeyError) as e:
        log.append(f"except tuple {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


for case in [None, "value", "type"]:
    print(case, run(case))


def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        except ValueError:
            log.append("inner except (wrong)")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append(f"outer except {e!r}")
    finally:
        log.append("outer finally")
    return log


print(nested())


def else_raises():
    try:
        try:
            pass
        except Exception:
            print("not reached")
        else:
            raise RuntimeError("from else")
        finally:
            print("finally after else raise")
    except RuntimeError as e:
        print("caught", e)


else_raises()


def except_raises():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
        finally:
            print("finally sees pending exception")
    except TypeError as e:
        print("caught", e, "context:", repr(e.__context__))


except_raises()
try:
    pass
finally:
    print("try/finally without except")
