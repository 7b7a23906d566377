# Ends with an uncaught UnboundLocalError.
total = 0


def add(values):
    for v in values:
        total += v
    return total


print("adding")
add([1, 2, 3])
