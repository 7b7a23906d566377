# Docstrings on functions, classes, methods and modules.
"""Module docstring is only the first statement."""


def documented():
    """First line.

    More detail here.
    """
    return 1


def not_doc():
    x = 1
    "this is not a docstring"
    return x


def f_string_not_doc():
    f"""f-strings are not docstrings"""


class K:
    """Class doc."""

    def method(self):
        "Method doc."


print(repr(__doc__))
print(documented.__doc__)
print(not_doc.__doc__, f_string_not_doc.__doc__)
print(K.__doc__, K.method.__doc__, K().method.__doc__)
print(documented.__doc__.splitlines()[0])
documented.__doc__ = "replaced"
print(documented.__doc__)
print(type(len.__doc__).__name__, len.__doc__.splitlines()[0])
