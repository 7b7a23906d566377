# Uncaught exception deep in a call chain: traceback lists every frame.
def level_three(x):
    return x["missing"]


def level_two(x):
    data = dict(x)
    return level_three(data)


def level_one():
    print("calling down")
    return level_two({"present": 1})


level_one()
