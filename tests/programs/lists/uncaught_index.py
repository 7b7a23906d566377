# walking past the end of a list: uncaught IndexError
def pairwise_sums(xs):
    out = []
    for i in range(len(xs)):
        out.append(xs[i] + xs[i + 1])
    return out
data = [1, 2, 3, 4]
safe = [data[i] + data[i + 1] for i in range(len(data) - 1)]
print("safe", safe)
print(data[-1], data[len(data) - 1], data[:10])
try:
    data[4]
except IndexError as e:
    print("caught", e)
print("buggy version")
print(pairwise_sums(data))
print("unreachable")
