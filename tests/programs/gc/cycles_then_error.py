# a program that builds cycles, collects, and then handles an error
import gc
gc.collect()
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.partner = None
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner}: insufficient funds ({self.balance} < {amount})")
        self.balance -= amount
        return self.balance
def link(a, b):
    a.partner, b.partner = b, a
for i in range(4):
    link(Account(f"p{i}", i), Account(f"q{i}", i))
print("collected at least 8:", gc.collect() >= 8)
acct = Account("alice", 100)
print(acct.withdraw(30), acct.withdraw(70))
try:
    acct.withdraw(1)
except ValueError as e:
    print("caught:", e)
print("last attempt")
try:
    acct.withdraw(5)
except ValueError as e:
    print("caught again:", e)
print(gc.collect())
