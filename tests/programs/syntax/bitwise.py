# Bitwise operators on ints and bools.
for a, b in [(12, 10), (0, 5), (-1, 7), (-12, 10), (255, -256)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a << 2, a >> 1)
print(1 << 64, (1 << 64) >> 63, -(1 << 70) >> 68, (1 << 100) & ((1 << 100) - 1))
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True).__name__, type(True & 1).__name__)
print(0b1010 & 0b0110, bin(0b1010 | 0b0110), hex(0xF0 ^ 0xFF), oct(8 << 3))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
x = 0
for bit in (0, 3, 5):
    x |= 1 << bit
print(x, bin(x), [i for i in range(8) if x >> i & 1])
mask = 0xFF
print(-1 & mask, -256 & mask, 1000 & mask)
print(sorted({1, 2, 3} & {2, 3, 4}), sorted({1, 2} | {3}), sorted({1, 2} ^ {2, 3}))
