# format spec: integer presentation types b c d o x X n and none
vals = [0, 1, 7, 65, 255, 1000, 65535, 0x1F600, -1, -255, 2 ** 64, True]
for v in vals:
    row = []
    for t in ["", "b", "d", "o", "x", "X", "n", "e", "f", "g", "%"]:
        row.append(format(v, t))
    print(repr(v), " ".join(row))
for v in [65, 97, 0x3b1, 0x4e2d, 0x1F600, 10]:
    print(repr(format(v, "c")), repr(format(v, ">3c")), repr(format(v, "*<4c")))
for bad in [(-1, "c"), (0x110000, "c"), (5, "s"), (5, "q"), (5, ".2d"), (5, ".3x"), (5, "=c")]:
    try:
        print(repr(format(*bad)))
    except (ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
print(format(10 ** 25, "x"), format(-(10 ** 25), "b")[:20], format(10 ** 25, "o"), format(2 ** 100, "e"))
print(format(123, ".2e"), format(123, ".1f"), format(123, ".0%"), format(99999, ".2g"), format(7, "10.3f"))
print(f"{42:b} {42:o} {42:x} {42:X} {42:c} {42:d} {42:n} {42:8b} {42:<8o} {42:^8x}")
