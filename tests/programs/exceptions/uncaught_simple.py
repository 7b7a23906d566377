# Ends with an uncaught ValueError at module level.
print("start")
values = [1, 2, 3]
print(sum(values))
raise ValueError("something went wrong")
print("never")
