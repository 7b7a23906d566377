# grouping, counting and nested dicts in a small inventory program
orders = [
    ("alice", "apple", 3), ("bob", "pear", 1), ("alice", "pear", 2), ("carol", "apple", 5),
    ("bob", "apple", 1), ("alice", "apple", 1), ("dave", "kiwi", 7), ("carol", "kiwi", 2),
]
by_customer = {}
by_item = {}
for who, item, qty in orders:
    by_customer.setdefault(who, {})
    by_customer[who][item] = by_customer[who].get(item, 0) + qty
    by_item[item] = by_item.get(item, 0) + qty
print(by_customer)
print(by_item)
prices = {"apple": 0.5, "pear": 0.75, "kiwi": 0.2}
bills = {who: round(sum(prices[i] * q for i, q in items.items()), 2) for who, items in by_customer.items()}
print(bills)
print(max(bills, key=bills.get), min(bills.items(), key=lambda kv: kv[1]))
best = sorted(by_item.items(), key=lambda kv: kv[1], reverse=True)
for rank, (item, qty) in enumerate(best, 1):
    print(f"{rank}. {item:<6} {qty:>3} {'*' * qty}")
stock = dict.fromkeys(prices, 10)
for who, item, qty in orders:
    if stock[item] >= qty:
        stock[item] -= qty
    else:
        print("short:", who, item, qty, "have", stock[item])
print(stock)
del prices["kiwi"]
missing = [i for i in by_item if i not in prices]
print(missing, prices.get("kiwi", "n/a"), list(prices.items()))
report = {k: {"qty": v, "share": round(v / sum(by_item.values()), 3)} for k, v in by_item.items()}
print(report)
