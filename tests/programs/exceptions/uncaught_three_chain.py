# A chain mixing __cause__ and __context__, three deep.
def step_one():
    raise KeyError("first")


def step_two():
    try:
        step_one()
    except KeyError as e:
        raise ValueError("second") from e


def step_three():
    try:
        step_two()
    except ValueError:
        raise TypeError("third")


step_three()
