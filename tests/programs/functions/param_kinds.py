# Every parameter kind and how arguments bind.
def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return (a, b, c, d, args, e, f, sorted(kwargs.items()))


print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 40, 50, 60, e=5, f=7, g=8, h=9))
print(f(*[1, 2, 3], **{"e": 5, "zz": 0}))


def pos_only(x, y=2, /):
    return x, y


print(pos_only(1), pos_only(1, 3))


def kw_only(*, k, m=1):
    return k, m


print(kw_only(k=0), kw_only(m=5, k=2))


def varargs(*args):
    return args


print(varargs(), varargs(1), varargs(*"abc"))


def varkw(**kw):
    return sorted(kw.items())


print(varkw(), varkw(a=1, b=2))


def mixed(a, *args, b=10, **kw):
    return a, args, b, sorted(kw)


print(mixed(1), mixed(1, 2, 3, b=4, c=5))


def pos_only_name_in_kwargs(a, /, **kw):
    return a, kw


print(pos_only_name_in_kwargs(1, a=2))
