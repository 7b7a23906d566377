print("shapes.circle running, __name__ =", __name__, "__package__ =", __package__)
PI = 3.14159


def area(r):
    return PI * r * r
