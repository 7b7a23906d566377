# pass in every block kind, empty bodies, docstring-only bodies.
def nothing():
    pass


def doc_only():
    """Only a docstring."""


class Empty:
    pass


class DocClass:
    "Class docstring"


for _ in range(2):
    pass
while False:
    pass
if True:
    pass
elif False:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
else:
    pass
finally:
    pass
with open(__file__):
    pass
print(nothing(), doc_only(), doc_only.__doc__, DocClass.__doc__, Empty.__doc__)
print(type(Empty()).__name__, Empty.__name__, Empty.__qualname__)
