# format spec: sign options and the 'z' flag
nums = [5, -5, 0, 2.5, -2.5, 0.0, -0.0, float("inf"), float("-inf"), float("nan"), -1e-9]
for v in nums:
    print(repr(v), "|".join(format(v, s) for s in ["", "+", "-", " ", "+.2f" if isinstance(v, float) else "+d", " 6"]))
for v in [-0.0, 0.0, -1e-9, -0.004, 0.004, -0.5, -1.0, float("-inf")]:
    print(repr(v), format(v, "z.2f"), format(v, ".2f"), format(v, "z.0f"), format(v, "+z.1f"), format(v, " z.3e"),
          format(v, "z.2%"), format(v, "zg"))
print(format(-0.0, "z"), format(-0.0, "z.1g"), format(-0.0001, "zf"), f"{-0.0:z}", f"{-0.4:z.0f}")
try:
    format(5, "z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "+")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", " ")
except ValueError as e:
    print(type(e).__name__, e)
print(format(1 + 2j, "+"), format(-1 - 2j, " "), format(3j, "+.1f"), format(complex(-0.0, 0.0), ""))
print(format(True, "+"), format(False, " d"), format(10 ** 30, "+"), format(-(10 ** 30), " "))
print(f"{5:+} {-5:+} {5: } {-5: } {5:-} {-5:-}", "%+d % d" % (5, 5))
