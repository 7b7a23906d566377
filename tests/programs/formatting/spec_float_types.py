# format spec: float presentation types e E f F g G n % and none
vals = [0.0, 1.0, -1.5, 3.14159265358979, 1234.5678, 0.000123456, 1e16, 1.5e-7, 123456789.0, 1e100,
        2.5, 0.5, 1 / 3, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(repr(v), " ".join(format(v, t) for t in ["", "e", "E", "f", "F", "g", "G", "n", "%"]))
for v in [1.0, 12.5, 0.001234, 123456.0, 1e-10, 9.9999, 99999.5, 0.00001]:
    print(repr(v), " ".join(format(v, "." + str(p) + t) for p in (0, 1, 3, 6) for t in "efg"))
print(format(2.675, ".2f"), format(2.665, ".2f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(1e16, ".17g"), format(0.1, ".20f"), format(0.1, ".25e"), format(1 / 3, ".30g"), format(5e-324, ".3g"))
print(format(1.0, "g"), format(10.0, "g"), format(1e5, "g"), format(1e6, "g"), format(1.23e-4, "g"), format(1.23e-5, "g"))
print(format(1.0, ""), format(1e16, ""), format(1e15, ""), format(1.5e-5, ""), format(123.0, ".3"), format(123.456, ".2"))
print(format(0.5, "%"), format(0.125, ".1%"), format(-1.0, ".0%"), format(1e-4, "%"), format(2, "%"))
print(f"{12.5:10.3f}|{12.5:<10.3e}|{12.5:^10.3g}|{-12.5:+.1F}|{float('nan'):F}|{float('inf'):E}")
for bad in ["d", "x", "c", "b", "s", "o"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    format(1.5, ".2.3f")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "." + "9" * 20)
except ValueError as e:
    print(type(e).__name__, e)
