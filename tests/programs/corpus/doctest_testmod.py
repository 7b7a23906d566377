"""Module docstring with an example.

>>> 1 + 1
2
"""
import doctest
import functools


def add(a, b):
    """
    Add two things.

    >>> add(2, 3)
    5
    >>> add(2, 3)
    6
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> add("x", 1)
    Traceback (most recent call last):
        ...
    TypeError: can only concatenate str (not "int") to str
    >>> list(range(30))  # doctest: +ELLIPSIS
    [0, 1, ..., 29]
    >>> list(range(5))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1, 2,
     3, 4]
    >>> int("z")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    >>> True
    1
    """
    return a + b


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1)
    >>> s.pop()
    1
    >>> s.pop()
    Traceback (most recent call last):
    IndexError: pop from empty list
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """>>> Stack().push(3)"""
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    @property
    def size(self):
        """
        >>> Stack().size
        0
        """
        return len(self.items)

    @staticmethod
    def name():
        """
        >>> Stack.name()
        'stack'
        """
        return "stack"


@functools.lru_cache
def fib(n):
    """
    >>> fib(10)
    55
    """
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def no_examples():
    return None


print(doctest.testmod())
print(doctest.testmod(verbose=True))
doctest.run_docstring_examples(add, {"add": add}, name="add")
parser = doctest.DocTestParser()
examples = parser.get_examples(">>> x = 1\n>>> x + 1\n2\n>>> print('a')\n... \na\n")
print([(e.source, e.want, e.lineno) for e in examples])
