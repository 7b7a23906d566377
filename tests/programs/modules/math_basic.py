# math: rounding, powers, logs, basic functions
import math
for v in [2.5, -2.5, 0.0, 7.0, 1e300, -0.5]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), math.fabs(v), math.copysign(3, v), math.modf(v))
for v in [0, 1, 2, 4, 10, 0.25, 1e-10, 1e10, 2 ** 100]:
    print(v, math.sqrt(v), math.isqrt(int(v)), math.exp(v) if v < 500 else "big", math.log(v) if v else "skip")
print(math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1e-3), math.log1p(1e-10), math.expm1(1e-10))
print(math.log(2 ** 1000), math.log2(2 ** 1000), math.log10(10 ** 400), math.log(10 ** 400, 10))
print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, float("nan")))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2))
print(math.exp(1) == math.e, math.exp(0), math.exp(-745), math.exp(-746), math.exp(709))
print(math.cbrt(27) if hasattr(math, "cbrt") else "cbrt", math.exp2(10) if hasattr(math, "exp2") else "exp2")
print(math.floor(10 ** 20 + 0.5), type(math.floor(2.5)).__name__, math.ceil(-0.0), math.trunc(-3.99))
print(math.sqrt(2) ** 2, math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1], [4]))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
class F:
    def __float__(self):
        return 2.25
class C:
    def __ceil__(self):
        return "ceiled"
    def __floor__(self):
        return "floored"
print(math.sqrt(F()), math.ceil(C()), math.floor(C()), math.floor(True), math.sqrt(True))
