# int(str, base) for all bases, prefixes, underscores, whitespace
s = "zz"
for base in range(2, 37):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    text = digits[::-1] + digits[1]
    print(base, int(text, base), int(text.upper(), base), int("10", base))
print(int("0b1010", 0), int("0o777", 0), int("0xff", 0), int("0XFF", 0), int("123", 0))
print(int("0b1010", 2), int("0o17", 8), int("0x1F", 16), int("-0x1f", 16), int("+0b1", 2))
print(int("1_000_000"), int("0x_ff", 16), int("0b_1_0", 0), int("1_2_3", 8))
print(int("  42  "), int("\t-17\n"), int(" +5 "), int("\u0663\u0664"), int("\uff11\uff12"))
print(int("0"), int("-0"), int("000"), int("0", 0), int("00", 0), int("0_0", 0))
print(int(3.99), int(-3.99), int(True), int(), int(1e20), int("9" * 30))
print(int(b"42"), int(bytearray(b" -7 ")), int(b"ff", 16))
bad = [("", 10), ("  ", 10), ("1_", 10), ("_1", 10), ("1__0", 10), ("12a", 10), ("0x", 16),
       ("08", 0), ("0b2", 0), ("1.5", 10), ("z", 35), ("- 1", 10), ("0o8", 8), ("abc", 2),
       ("0x10", 10), ("1e5", 10)]
for text, base in bad:
    try:
        print(int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)
for base in (1, 37, -1, 100):
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
for obj in (None, [1], 1.5j):
    try:
        int(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
