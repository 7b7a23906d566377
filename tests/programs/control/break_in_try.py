# break/continue/return interacting with try/finally and with.
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(("body", i))
    finally:
        log.append(("finally", i))
print(log)


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0])
        return False


for i in range(3):
    with CM(i):
        if i == 1:
            continue
        if i == 2:
            break
        print("inside", i)


def ret_in_loop():
    for i in range(3):
        with CM("r" + str(i)):
            try:
                return i
            finally:
                print("finally before return")


print(ret_in_loop())
n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)
print(n)
