# an inventory program that ends with an uncaught custom exception
class OutOfStock(Exception):
    pass
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        print(f"add {name} x{qty} -> {self.items[name]}")
    def remove(self, name, qty):
        have = self.items.get(name, 0)
        if qty > have:
            raise OutOfStock(f"need {qty} {name}, have {have}")
        self.items[name] = have - qty
        print(f"remove {name} x{qty} -> {self.items[name]}")
inv = Inventory()
inv.add("bolt", 100)
inv.add("nut", 40)
inv.add("bolt", 20)
inv.remove("bolt", 70)
try:
    inv.remove("washer", 1)
except OutOfStock as e:
    print("warning:", e)
print(sorted(inv.items.items()))
orders = [("nut", 25), ("bolt", 50), ("nut", 20)]
for name, qty in orders:
    inv.remove(name, qty)
print("unreachable")
