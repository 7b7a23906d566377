# throw() and close(): handling, GeneratorExit, finally, errors.
def worker():
    try:
        while True:
            try:
                x = yield "ready"
                print("got", x)
            except ValueError as e:
                print("handled ValueError:", e)
                yield "recovered"
    finally:
        print("worker finally")


w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad value")))
print(next(w))
w.close()
print("closed; next gives:", next(w, "stopped"))
w2 = worker()
next(w2)
try:
    w2.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated KeyError:", e)


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return "ignored"


r = returns_on_exit()
next(r)
print(r.close())
fresh = returns_on_exit()
fresh.close()
print("closing unstarted generator runs nothing")
try:
    fresh2 = returns_on_exit()
    fresh2.throw(IndexError("into unstarted"))
except IndexError as e:
    print("IndexError:", e)


def gen_type_throw():
    try:
        yield
    except TypeError as e:
        print("caught", repr(e))
        yield "after"


t = gen_type_throw()
next(t)
print(t.throw(TypeError))
