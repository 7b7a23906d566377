# Traceback for an error inside a multi-line call expression.
def combine(a, b, c):
    return a + b + c


result = combine(
    1,
    2,
    3,
)
print(result)
result = combine(
    "a",
    "b",
    3,
)
