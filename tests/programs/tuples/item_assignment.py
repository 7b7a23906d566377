# tuple item assignment is not allowed: TypeError
point = (3, 4)
print(point, point[0] ** 2 + point[1] ** 2)
def moved(p, dx, dy):
    return (p[0] + dx, p[1] + dy)
p = point
for step in range(3):
    p = moved(p, 1, -1)
    print(step, p)
print(point, p)
def move_in_place(p, dx):
    p[0] += dx
    return p
print(move_in_place([1, 2], 5))
print("now with a tuple")
try:
    print(move_in_place(point, 5))
except TypeError as e:
    print(type(e).__name__, e)
print(point)
