# format spec: fill and alignment, including '=' and default alignments
values = [42, -42, 3.5, -0.25, "txt", "中文", True]
for v in values:
    print(repr(v), "|".join(format(v, s) for s in ["8", "<8", ">8", "^8", "*<8", "0>8", "_^9", "é>6"]))
for v in [42, -42, 3.5, -0.25, 0]:
    print(repr(v), "|".join(format(v, s) for s in ["=8", "*=8", "+=8", "0=8", "#=10x" if isinstance(v, int) else "=10"]))
print(format("ab", "^1"), format("ab", "^3"), format("ab", "^4"), format("abc", "^6"), format("abc", "-^6"))
print(format(12, "x^7"), format(12, "{^7"), format(12, "}^7"), format(12, " ^7"), format(12, "<<5"), format(12, ">>5"))
print(f"[{'left':<10}][{'right':>10}][{'center':^10}][{'':^3}][{'x':1}]")
print(f"[{1:<5}][{1.5:<7}][{-1:>5}][{1+2j:>10}][{None!s:^8}][{[1]!s:>5}]")
try:
    format("abc", "=5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("abc", "05")
except ValueError as e:
    print(type(e).__name__, e)
print(format(3, "*=+6"), format(-3.5, "x=8.2f"), format(3, "0=+6"), format(3.0, "=+8"))
table = [("Item", "Qty", "Price"), ("Widget", 3, 4.5), ("Gadget", 12, 19.99), ("Thing", 100, 0.75)]
print(f"{table[0][0]:<10}{table[0][1]:>5}{table[0][2]:>10}")
for name, qty, price in table[1:]:
    print(f"{name:.<10}{qty:>5d}{price:>10.2f}")
print(f"{'TOTAL':=^25}")
