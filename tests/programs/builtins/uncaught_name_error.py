# a typo in a variable name: uncaught NameError
def compute_total(prices, tax):
    subtotal = sum(prices)
    return round(subtotal * (1 + tax), 2)
items = {"book": 12.5, "pen": 1.25, "lamp": 30.0}
print(compute_total(items.values(), 0.2))
for name, price in sorted(items.items()):
    print(f"{name:>6}: {price:6.2f}")
try:
    print(undefined_thing)
except NameError as e:
    print("caught:", e)
def broken(prices):
    subtotal = sum(prices)
    return subtotl * 2
print("calling broken")
print(broken([1, 2, 3]))
print("unreachable")
