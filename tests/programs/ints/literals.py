# integer literals in every base, with underscores, and their reprs
vals = [0, 00, 0_0, 1_000_000, 0x_FF, 0XdeadBEEF, 0o777, 0O1_7, 0b1010, 0B_1111_0000, 123456789012345678901234567890,
        0xFFFF_FFFF_FFFF_FFFF_FFFF, 0o7777777777777777777777, 0b1 << 100, -0x80, +0b1, -1_0]
for v in vals:
    print(v, repr(v), str(v), type(v).__name__)
print(1_2_3 + 4_5, 0x10 + 0o10 + 0b10 + 10, 0xa * 0b11, 1_0 ** 1_0)
print(-2 ** 2, (-2) ** 2, 2 ** -1, -(2) ** 3, --5, -(-5), +-+-3, ~-1, -~1, ~~7)
print(7 // 2 * 2 + 7 % 2, 2 * 3 ** 2, (2 * 3) ** 2, 10 - 3 - 2, 2 ** 2 ** 3, 100 // 10 // 3, 1 << 2 + 3, 6 & 3 | 8, 6 ^ 3 & 1)
print(1 < 2 == 2 > 1, 3 > 2 > 1 > 0, 1 == 1 != 2, 0 < 0 == 0, not 1 == 2, (not 1) == 2)
x = 5
print(x if x > 3 else -x, x and 0 or 9, x or 0, 0 or x, 0 and x)
n = 12345678901234567890
print(n.__class__.__name__, n.real, n.imag, n.numerator, n.denominator, n.conjugate() == n)
print(int("12345678901234567890") == n, str(n)[::-1], len(str(n)), sum(int(d) for d in str(n)))
print(f"{n:,}", f"{n:_x}", f"{n:e}", f"{n:.3e}", f"{-n:>30}", f"{n:#o}")
print(0 == -0, str(-0), 1 + 2j == (1 + 2j), type(10 ** 2).__name__, type(10 ** -2).__name__)
print(999999999999999999999 + 1, 10 ** 21 - 1, (10 ** 21) // 7, -(10 ** 21) // 7, (10 ** 21) % -7)
