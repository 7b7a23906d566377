# math error types and messages
import math
calls = ["sqrt(-1)", "log(0)", "log(-1)", "log(0.0)", "log10(-5)", "log2(0)", "log1p(-1)", "log(1, 1)", "log(2, 0)",
         "acos(2)", "asin(-1.5)", "atanh(1)", "acosh(0.5)", "exp(1000)", "pow(0, -1)", "pow(-1, 0.5)", "pow(10, 400)",
         "fmod(1, 0)", "fmod(math.inf, 1)", "remainder(1, 0)", "gamma(0)", "gamma(-1)", "lgamma(0)", "cosh(1000)",
         "sinh(1000)", "ldexp(1.0, 2000)", "factorial(-5)", "sqrt('x')", "floor('x')", "ceil(None)", "trunc([])",
         "sqrt(math.inf)", "sqrt(-math.inf)", "sin(math.inf)", "cos(-math.inf)", "tan(math.inf)", "exp(math.nan)",
         "log(10 ** 400)", "sqrt(10 ** 400)", "log(-(10 ** 400))", "hypot('a')", "dist([1], [1, 2])", "isqrt(-1)",
         "comb(3, 'x')", "copysign(1, 'a')", "frexp('a')", "erf('a')"]
for c in calls:
    try:
        print(c, "=", eval("math." + c, {"math": math}))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(c, "->", type(e).__name__, e)
try:
    math.sqrt(-0.0001)
except ValueError as e:
    print("args:", e.args, isinstance(e, ArithmeticError))
try:
    math.exp(800)
except OverflowError as e:
    print("args:", e.args, isinstance(e, ArithmeticError))
print(math.sqrt(-0.0), math.log(math.inf), math.atan2(0.0, -0.0), math.fmod(-0.0, 1))
