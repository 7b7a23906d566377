# floor division, modulo and divmod with all sign combinations
vals = [7, -7, 3, -3, 1, -1, 0, 10 ** 20 + 3, -(10 ** 20) - 3]
divs = [3, -3, 1, -1, 7, 10 ** 10 + 7, -(10 ** 10) - 7]
for a in vals:
    for b in divs:
        q, r = divmod(a, b)
        assert q == a // b and r == a % b
        assert q * b + r == a
        print(a, b, a // b, a % b, divmod(a, b))
for a in [5, -5, 0]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // 0
            elif op == "%":
                a % 0
            else:
                divmod(a, 0)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(True // 1, True % 2, divmod(True, True))
print(divmod(-(2 ** 100), 3))
print(divmod(2 ** 100, -3))
