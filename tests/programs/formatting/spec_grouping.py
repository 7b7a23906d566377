# format spec: thousands separators ',' and '_'
for v in [0, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10 ** 20, -(10 ** 15)]:
    print(v, format(v, ","), format(v, "_"), format(v, "_b"), format(v, "_x"), format(v, "_o"), format(v, "15,"))
for v in [0.0, 1234.5678, -1234567.891, 1e10, 123.0, 1e-3, 1e16]:
    print(v, format(v, ","), format(v, ",.2f"), format(v, "_.3f"), format(v, ",.3e"), format(v, ",g"), format(v, "_%"))
print(format(1234567, "020,"), format(1234567, "021,"), format(-1234567, "020,"), format(1234567, "0=+20,"))
print(format(12345678, "#_x"), format(2 ** 20, "_X"), format(255, "_b"), format(255, "#019_b"))
print(f"{1234567.891:,.1f} {9876543210:_} {-0.5:,} {1000:,d} {12345.678:>15,.2f}|")
for bad in ["_,", ",_", ",,", ",s", ",c", "_c"]:
    try:
        print(bad, format(123456, bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    format("abc", ",")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1234, ",b")
except ValueError as e:
    print(type(e).__name__, e)
print(format(1234.5 + 6789j, ",.1f"), format(10 ** 6, ",").replace(",", "."), format(1e6, ",.0f"))
