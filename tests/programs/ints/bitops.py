# bit operations and shifts
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 70 + 3, -(2 ** 70) - 3, 0xDEADBEEF]
for a in vals:
    print(a, ~a, a << 3, a >> 3, a >> 100, a << 65)
for a in vals[:6]:
    for b in vals:
        print(a & b, a | b, a ^ b, end=" | ")
    print()
print(1 << 200, (1 << 200) >> 199, -1 >> 1000, -(1 << 200) >> 100)
print(-7 >> 1, -8 >> 1, -9 >> 2, 7 >> 1)
for bad in (-1, -100):
    for expr in ("<<", ">>"):
        try:
            r = (5 << bad) if expr == "<<" else (5 >> bad)
        except ValueError as e:
            print(expr, type(e).__name__, e)
try:
    1 << (1 << 100)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
print(0 << 10 ** 20, 5 >> 10 ** 20, -5 >> 10 ** 20)
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True).__name__, type(True & 1).__name__, type(True << 1).__name__)
print(bin(0b1010 & 0b0110), bin(0b1010 | 0b0110), bin(0b1010 ^ 0b0110))
x = 0
for i in range(0, 100, 7):
    x |= 1 << i
print(x, bin(x).count("1"))
