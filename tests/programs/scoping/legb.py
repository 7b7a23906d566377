# Local, Enclosing, Global, Builtin name resolution.
x = "global x"
len_calls = []


def outer():
    x = "enclosing x"

    def inner():
        x = "local x"
        return x

    def reads_enclosing():
        return x

    return inner(), reads_enclosing()


print(outer(), x)


def uses_global():
    return x


print(uses_global())


def shadow_builtin():
    len = lambda s: "shadowed len"
    return len("abc")


print(shadow_builtin(), len("abc"))
len = lambda s: "module-level shadow"
print(len("abc"))
del len
print(len("abc"))
import builtins

print(builtins.len("xy"), "len" in dir(builtins))


def builtin_in_enclosing():
    def inner():
        return max([3, 9])

    max = min
    return inner()


print(builtin_in_enclosing())
print(sorted(k for k in globals() if not k.startswith("__")))


def locals_view(a, b=2):
    c = a + b
    return sorted(locals().items())


print(locals_view(1))
