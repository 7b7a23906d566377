from ..points import Point
from .. import order

order.append("lines")


def segment():
    return (Point(0, 0), Point(1, 1))
