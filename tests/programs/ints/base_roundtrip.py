# formatting ints in every base by hand and parsing them back with int(s, base)
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    neg = n < 0
    n = -n if neg else n
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return ("-" if neg else "") + "".join(reversed(out))
values = [0, 1, -1, 35, 36, -36, 255, 1000, -99999, 2 ** 64, -(2 ** 64) + 1, 3 ** 80, 10 ** 30 + 17]
for v in values:
    reps = [to_base(v, b) for b in (2, 3, 8, 16, 36)]
    ok = all(int(to_base(v, b), b) == v for b in range(2, 37))
    print(v, reps, ok)
print(to_base(2 ** 64, 2) == bin(2 ** 64)[2:], to_base(-255, 16) == hex(-255).replace("0x", ""), to_base(511, 8) == oct(511)[2:])
print(int("Z" * 10, 36), int("zZ", 36), int("-" + "1" * 64, 2), int("+" + "7" * 22, 8))
for b in (2, 10, 16, 36):
    width = len(to_base(2 ** 100, b))
    print(b, width, to_base(2 ** 100, b)[:20])
print(sum(int(c, 36) for c in "krait"), [int(c, 16) for c in "deadBEEF"], int("10" * 20, 2) == int("aa" * 5, 16))
print(int("1" * 100, 2) == 2 ** 100 - 1, int("0" * 50 + "1", 7), int("-0x" + "f" * 30, 16) == -(16 ** 30 - 1))
