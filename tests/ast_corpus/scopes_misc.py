x = a if b else c
x = (a
     + b
     - c)
x = [
    1,
    2,
]
x = {
    'a': 1,
    'b': 2,
}
x = a \
    + b
if (a and
        b):
    pass
def f(
    a,
    b,
):
    pass
f(
    a,
    b=1,
)
x = (  # comment
    1  # another
)
# comment at end
