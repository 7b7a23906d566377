"""A small `traceback`: formatting and printing exceptions the way the
interpreter's default excepthook does (format_exc, print_exc,
format_exception, print_exception, format_exception_only)."""

import io as _io
import sys as _sys

__all__ = ["format_exc", "print_exc", "format_exception", "print_exception",
           "format_exception_only", "print_exception", "print_stack", "format_stack"]


def _split(exc, value, tb):
    if value is None and tb is None and isinstance(exc, BaseException):
        return type(exc), exc, exc.__traceback__
    if isinstance(exc, BaseException) and value is None:
        return type(exc), exc, exc.__traceback__
    return exc, value, tb


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    """The lines (each ending in a newline) that print_exception writes."""
    exc, value, tb = _split(exc, value, tb)
    if exc is None:
        return ["NoneType: None\n"]
    buf = _io.StringIO()
    old = _sys.stderr
    _sys.stderr = buf
    try:
        _sys.__excepthook__(exc, value, tb)
    finally:
        _sys.stderr = old
    return buf.getvalue().splitlines(True)


def format_exception_only(exc, /, value=None):
    """The final line(s): 'ExcType: message'."""
    if value is None and isinstance(exc, BaseException):
        value = exc
        exc = type(exc)
    name = exc.__qualname__
    mod = exc.__module__
    if mod not in ("__main__", "builtins"):
        name = f"{mod}.{name}"
    text = str(value) if value is not None else ""
    return [f"{name}: {text}\n" if text else f"{name}\n"]


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    """Print an exception and its traceback to file (default sys.stderr)."""
    if file is None:
        file = _sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    """The current exception, formatted as a string."""
    return "".join(format_exception(*_sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the current exception."""
    print_exception(*_sys.exc_info(), limit=limit, file=file, chain=chain)


def format_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass
