print("shapes.sub.deep running, __package__ =", __package__)
from .. import circle
from ..circle import area as circle_area
from . import sibling
from .sibling import NAME


def report():
    return [circle.__name__, circle_area(2), sibling.__name__, NAME]
