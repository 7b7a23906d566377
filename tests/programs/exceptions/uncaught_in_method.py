# Traceback through methods, a property and a classmethod.
class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def ratio(self):
        return 100 / self.balance

    @classmethod
    def empty(cls):
        return cls(0)

    def report(self):
        return f"ratio {self.ratio:.1f}"


print(Account(50).report())
Account.empty().report()
