# Uncaught RecursionError: repeated traceback lines are collapsed.
def recurse(n):
    return recurse(n + 1)


print("about to recurse")
recurse(0)
