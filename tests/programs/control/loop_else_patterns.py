# Search loops using for-else and while-else.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")


find([3, 1, 4, 1, 5], 4)
find([3, 1, 4, 1, 5], 9)
find([], 1)


def first_negative(seq):
    i = 0
    while i < len(seq):
        if seq[i] < 0:
            break
        i += 1
    else:
        return None
    return seq[i]


print(first_negative([1, 2, -3, -4]), first_negative([1, 2]))
for i in range(3):
    try:
        if i == 1:
            continue
    finally:
        print("finally for", i)
else:
    print("else after continue-in-try loop")


def early():
    for i in range(5):
        if i == 2:
            return "returned at 2"
    else:
        return "else"


print(early())
