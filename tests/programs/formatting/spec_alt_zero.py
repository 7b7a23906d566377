# format spec: '#' alternate form and '0' padding
for v in [0, 1, 10, 255, -255, 2 ** 35]:
    print(v, format(v, "#b"), format(v, "#o"), format(v, "#x"), format(v, "#X"), format(v, "#012x"), format(v, "#012b"))
for v in [1.0, 2.5, 100.0, 1e-5, 1e20, 0.0]:
    print(v, format(v, "#g"), format(v, "#.0f"), format(v, "#.0e"), format(v, "#.3g"), format(v, "#"), format(v, "#.0%"))
for v in [7, -7, 3.25, -3.25]:
    print(v, format(v, "06"), format(v, "010"), format(v, "+08"), format(v, "08.2f" if isinstance(v, float) else "08d"),
          format(v, "0<8"), format(v, "0^8"), format(v, "-06"))
print(format(-42, "08x"), format(-42, "#08x"), format(42, "#08o"), format(42, "#8o"), format(5, "#10b"))
print(format(12345, "012,"), format(-12345.5, "012,.1f"), format(12345, "010_"), format(255, "#012_x"))
print(format("ab", "05"), format("ab", "0<5"), format(1.5, "0"), format(0, "00"), format(3, "#"))
try:
    format(1.5, "#x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "#")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, "#c")
except ValueError as e:
    print(type(e).__name__, e)
print(f"{10:#b} {10:#o} {10:#x} {10:#X} {10:#d} {10:#n}")
