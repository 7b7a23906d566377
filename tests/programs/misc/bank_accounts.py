# bank account simulation with classes, exceptions and a transaction log
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.amount = amount
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = [("open", balance)]
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
alice = Account("alice", 100)
bob = SavingsAccount("bob", 1000, rate=0.05)
carol = Account("carol")
print(alice, bob, carol)
operations = [(alice, bob, 50), (bob, carol, 300), (carol, alice, 500), (alice, carol, 0), (bob, alice, 25)]
for src, dst, amt in operations:
    try:
        transfer(src, dst, amt)
        print(f"ok   {src.owner:>5} -> {dst.owner:<5} {amt:>4}")
    except InsufficientFunds as e:
        print("FAIL", e, e.amount)
    except ValueError as e:
        print("FAIL", type(e).__name__, e)
for year in range(1, 4):
    print("year", year, "interest", bob.add_interest(), "balance", bob.balance)
for acct in (alice, bob, carol):
    print(acct, acct.history)
print(isinstance(bob, Account), type(bob).__name__, sum(a.balance for a in (alice, bob, carol)))
print(sorted((alice, bob, carol), key=lambda a: a.balance, reverse=True))
