# float arithmetic: division, modulo with negative operands, errors
pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.1), (-1.0, 0.1), (0.0, 3.0),
         (-0.0, 3.0), (5.0, float("inf")), (-5.0, float("inf")), (5.0, -float("inf")), (1e300, 1e-300)]
for a, b in pairs:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, 6.0 % 3.0, -6.0 % 3.0, 6.0 % -3.0)
print(7 // 2.0, -7 // 2.0, 7 % -2.5, -7 % 2.5, divmod(-7, 2.5))
for expr in ["1.0 / 0", "1 / 0.0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0.0)", "0.0 / 0.0",
             "0.0 ** -1", "(-8.0) ** 0.5", "10.0 ** 400", "2.0 ** 1e5", "1e308 * 10", "(-1e308) * 10",
             "1e308 + 1e308", "math.exp(1000)", "float(10**400)", "10**400 / 1", "1 / 10**400",
             "math.inf - math.inf", "math.inf * 0", "(-2.0) ** 0.5", "(-1) ** 0.5", "0 ** -1.0",
             "math.inf / math.inf", "math.inf // 1", "math.inf % 3", "5 % math.inf", "-5 % math.inf"]:
    try:
        print(expr, "=", eval(expr, {"math": __import__("math")}))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
