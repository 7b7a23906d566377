# a matrix of numbers against many format specs
numbers = [0, 7, -7, 1234567, -0.0, 0.5, -2.675, 12345.6789, 1e-7, 6.02214076e23, float("inf"), float("nan")]
specs = ["", "10", "<10", "^10", "+", " ", "010", ",", "_", ".3", ".0f", ".2e", ".3g", "%", "#", "+.1f", "*>12.4"]
for spec in specs:
    row = []
    for n in numbers:
        try:
            row.append(format(n, spec))
        except ValueError as e:
            row.append("ERR")
    print(repr(spec).ljust(9), "|".join(row))
int_specs = ["b", "o", "x", "X", "c", "d", "n", "#b", "#o", "#X", "08b", "+d", "_b", ",d", "^+9d"]
for spec in int_specs:
    print(spec.ljust(5), " ".join(format(n, spec) if not (spec == "c" and n < 32) else "-" for n in [0, 1, 42, 255, -255, 65535]))
big = 2 ** 64 + 1
print(format(big, ","), format(big, "_x"), format(big, "e"), format(-big, "+030,"))
