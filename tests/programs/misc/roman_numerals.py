# roman numeral conversion both ways with validation
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range 1..3999")
    out = []
    for value, sym in PAIRS:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        if ch not in VALUES:
            raise ValueError(f"bad numeral {ch!r} in {s!r}")
        v = VALUES[ch]
        if i + 1 < len(s) and VALUES.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (did you mean {to_roman(total)!r}?)")
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666, 3888]:
    r = to_roman(n)
    print(f"{n:>5} {r:<16} {from_roman(r)}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: len(to_roman(n))), sum(len(to_roman(n)) for n in range(1, 4000)))
for bad in [0, 4000, -5, 2.5, True, "XII"]:
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
for bad in ["IIII", "VV", "IC", "ABC", "MMMM", ""]:
    try:
        print(repr(bad), from_roman(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
