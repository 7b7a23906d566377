# Ends with an uncaught AttributeError on a user class (no suggestion).
class Robot:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "I am " + self.name


r = Robot("R2")
print(r.greet())
print(r.fly())
