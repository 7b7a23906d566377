# a formatting error that is not caught
def render(row):
    return "{name:<10}|{qty:>5d}|{price:>8.2f}".format(**row)
rows = [
    {"name": "apple", "qty": 3, "price": 0.5},
    {"name": "pear", "qty": 10, "price": 1.25},
    {"name": "melon", "qty": 1, "price": 3},
]
for r in rows:
    print(render(r))
print(f"{sum(r['qty'] for r in rows):>16d}")
try:
    render({"name": "x", "qty": 1})
except KeyError as e:
    print("missing", e)
bad = {"name": "fig", "qty": "many", "price": 2.0}
print("rendering bad row")
print(render(bad))
print("unreachable")
