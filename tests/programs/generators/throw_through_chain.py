# throw() and close() through a three-level yield-from chain with finally blocks.
def level3():
    try:
        while True:
            try:
                yield "L3"
            except KeyError as e:
                print("level3 handled", repr(e))
    finally:
        print("level3 finally")


def level2():
    try:
        yield from level3()
    finally:
        print("level2 finally")


def level1():
    try:
        result = yield from level2()
        print("level1 result", result)
    except ValueError as e:
        print("level1 caught", repr(e))
        yield "L1 after catch"
    finally:
        print("level1 finally")


g = level1()
print(next(g))
print(g.throw(KeyError("k")))
print(g.throw(ValueError("v")))
g.close()
print("--- close from the top")
h = level1()
next(h)
h.close()
print("--- gi_yieldfrom")
k = level2()
next(k)
print(type(k.gi_yieldfrom).__name__, k.gi_yieldfrom.__name__)
k.close()
