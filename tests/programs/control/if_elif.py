def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for n in [-5, 0, 3, 9, 10, 1000]:
    print(n, classify(n))

x = 7
if x:
    print("truthy int")
if not []:
    print("empty list is falsy")
if "":
    print("never")
else:
    print("empty str is falsy")
if None is None and 1 or 0:
    print("and/or")
print(0 or "", [] or {}, 1 and 2, 0 and 1/0)
y = 3
if y > 2:
    if y > 5:
        print("big")
    else:
        print("medium")
print("pass test")
if True:
    pass
print(1 if x > 5 else 2, "a" if not x else "b")
