print("_counter_mod executing")
loads = 0
loads += 1


def bump():
    global loads
    loads += 1
    return loads
