# Positional-only and keyword-only parameters in depth.
def pos(a, b, /, c):
    return a, b, c


print(pos(1, 2, 3), pos(1, 2, c=3))
for call in [lambda: pos(1, b=2, c=3), lambda: pos(a=1, b=2, c=3), lambda: pos(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def kw(*, a, b=2):
    return a, b


print(kw(a=1), kw(b=3, a=4))
for call in [lambda: kw(1), lambda: kw(), lambda: kw(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def both(x, /, y, *, z):
    return x, y, z


print(both(1, 2, z=3), both(1, y=2, z=3))


def pos_kw_same_name(name, /, **kwargs):
    return name, kwargs


print(pos_kw_same_name("positional", name="keyword"))
print(pos.__code__.co_posonlyargcount, kw.__code__.co_kwonlyargcount, both.__code__.co_argcount)


def many_missing(a, b, c, d):
    pass


for args in [(), (1,), (1, 2), (1, 2, 3)]:
    try:
        many_missing(*args)
    except TypeError as e:
        print("TypeError:", e)


def kw_missing(*, p, q, r):
    pass


try:
    kw_missing()
except TypeError as e:
    print("TypeError:", e)
try:
    kw_missing(p=1)
except TypeError as e:
    print("TypeError:", e)
