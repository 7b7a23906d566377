# Lazy evaluation order across a generator pipeline.
def source():
    for i in range(4):
        print("source yields", i)
        yield i


def square(it):
    for x in it:
        print("  square", x)
        yield x * x


def only_even(it):
    for x in it:
        if x % 2 == 0:
            print("    keep", x)
            yield x


for result in only_even(square(source())):
    print("      got", result)
pipe = square(source())
print("pipeline built, nothing ran yet")
print(next(pipe))
