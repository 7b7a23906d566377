# growth until an uncaught OverflowError
def grow(v):
    return v * v
x = 1.5
steps = 0
while x < 1e300:
    x = grow(x)
    steps += 1
    print(steps, x)
print("squaring with ** now")
history = []
y = 10.0
for i in range(20):
    print(i, y)
    history.append(y)
    y = y ** 2
print("unreachable", history)
