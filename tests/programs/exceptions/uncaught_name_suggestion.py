# NameError with CPython 3.11's "Did you mean" suggestion.
counter = 5
total = counter + 1
print(total)
print(countr)
