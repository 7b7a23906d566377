# Class scope quirks: class bodies are not enclosing scopes for methods.
x = "global"


class C:
    x = "class attr"
    y = x + " (read in class body)"

    def method(self):
        return x

    def via_self(self):
        return self.x

    squares = [i * i for i in range(3)]
    try:
        refs = [x for _ in range(1)]
    except NameError:
        refs = "NameError"
    lam = (lambda: x)()


c = C()
print(C.y, c.method(), c.via_self(), C.squares, C.refs, C.lam)


def func():
    z = "function local"

    class Inner:
        z_copy = z
        w = [z for _ in range(2)]

        def get(self):
            return z

    return Inner.z_copy, Inner.w, Inner().get()


print(func())


def shadowing():
    v = "enclosing"

    class K:
        v = "class-level"
        seen = v

        def m(self):
            return v

    return K.seen, K().m()


print(shadowing())


class Counter:
    total = 0
    for i in range(5):
        total += i
    del i


print(Counter.total, hasattr(Counter, "i"))


class Outer:
    name = "Outer"

    class Inner:
        try:
            seen = name
        except NameError as e:
            seen = "NameError: " + str(e)


print(Outer.Inner.seen)
