"""The shapes package (support for imports tests)."""
print("shapes/__init__ running, __name__ =", __name__, "__package__ =", __package__)
from . import circle
from .circle import PI

__all__ = ["circle", "PI", "describe"]
_private = "hidden"
version = "1.0"


def describe():
    return f"shapes {version} with circle.area(1) = {circle.area(1):.4f}"
