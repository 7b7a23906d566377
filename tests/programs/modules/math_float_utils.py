# math: frexp ldexp modf nextafter ulp isclose isfinite isinf isnan copysign
import math
for v in [0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 1024.0, math.inf, math.nan]:
    print(v, math.frexp(v), math.isfinite(v), math.isinf(v), math.isnan(v), math.ulp(v))
print(math.ldexp(0.5, 1), math.ldexp(1, 1023), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-3, 4))
try:
    math.ldexp(1, 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.modf(3.75), math.modf(-3.75), math.modf(math.inf), math.modf(-0.0), math.modf(5))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0, -1), math.nextafter(1, 1))
print(math.nextafter(math.inf, 0), math.ulp(1), math.ulp(1e16), math.ulp(-3.0) == math.ulp(3.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.copysign(1, -0.0), math.copysign(-1, 0.0), math.copysign(math.inf, -2), math.copysign(2, math.nan) in (2.0, -2.0))
print(math.isfinite(10 ** 300), math.isinf(10 ** 300) if True else 0, math.isnan(0))
try:
    math.isfinite(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
m, e = math.frexp(123.456)
print(m, e, math.ldexp(m, e) == 123.456)
print(math.erf(0), math.erf(1), math.erfc(1), math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(10), math.lgamma(0.5))
