# Return statement forms and implicit None.
def none_implicit():
    x = 1


def none_explicit():
    return


def multiple():
    return 1, "two", [3]


def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i == 3:
            return f"stopped at {i}"
    return "finished"


print(none_implicit(), none_explicit(), multiple())
a, b, c = multiple()
print(a, b, c)
print(early(-1), early(2), early(10))


def returns_function():
    def inner():
        return "inner result"

    return inner


print(returns_function()())


def star_return():
    rest = [2, 3]
    return 1, *rest


print(star_return())


def return_in_nested_loops():
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                return i, j
    return None


print(return_in_nested_loops())


def return_lambda_tuple():
    return (lambda: 1), (lambda: 2)


f1, f2 = return_lambda_tuple()
print(f1() + f2())
