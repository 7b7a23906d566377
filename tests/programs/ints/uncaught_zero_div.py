# ends with an uncaught ZeroDivisionError after some output
def mean(xs):
    return sum(xs) // len(xs)
data = [[1, 2, 3], [10, 20], [7], [2 ** 80, 2 ** 81]]
for d in data:
    print(d, mean(d))
totals = {}
for i, d in enumerate(data):
    totals[i] = sum(d)
print(totals)
def ratio(a, b):
    return a % b
print(ratio(17, 5), ratio(-17, 5), ratio(17, -5))
print(divmod(10 ** 30, 7))
try:
    mean([])
except ZeroDivisionError as e:
    print("caught", e)
print("about to fail")
print(ratio(10, 0))
print("never printed")
