public_one = 1
public_two = 2
_private_one = 3


def helper():
    return "helper"
