# Traceback through generator frames and a for loop.
def numbers():
    yield 1
    yield 2
    yield 1 / 0


def doubled(it):
    for n in it:
        yield n * 2


for value in doubled(numbers()):
    print("value", value)
