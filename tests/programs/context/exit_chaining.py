# Exceptions raised in __exit__ chain onto the body's exception.
class FailingExit:
    def __init__(self, msg):
        self.msg = msg

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError(self.msg)


try:
    with FailingExit("exit failed"):
        raise ValueError("body failed")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    with FailingExit("outer exit"):
        with FailingExit("inner exit"):
            raise KeyError("body")
except RuntimeError as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(chain)
try:
    with FailingExit("no body error"):
        pass
except RuntimeError as e:
    print(repr(e), e.__context__)


class ExitReturnsNone:
    def __enter__(self):
        return "entered"

    def __exit__(self, *a):
        return None


try:
    with ExitReturnsNone() as v:
        print(v)
        raise IndexError("kept")
except IndexError as e:
    print("IndexError:", e)
