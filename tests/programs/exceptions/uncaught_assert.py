# A failing assert with a message, uncaught.
def check_positive(values):
    for v in values:
        assert v > 0, f"expected positive, got {v}"
    return True


print(check_positive([1, 2, 3]))
check_positive([4, -1, 5])
