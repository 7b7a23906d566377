# fractions.Fraction and statistics: exact arithmetic, result types and rounding.
from fractions import Fraction as F
import statistics as st
import numbers
import math

print(F(3, 4), repr(F(6, 8)), F(-3, -4), F(3, -4), F(5), F(0, 7), F("3/7"), F(" -1.25 "), F("1e-3"), F("2.5e2"))
print(F(0.1), F(1.5), F(F(1, 3)), F(F(1, 2), F(1, 3)), F("1_000/3"), F(7, 1).denominator)
for bad in ["abc", "1/", "1/0x", "", "1.2.3", "--1"]:
    try:
        F(bad)
    except ValueError as e:
        print("ValueError", e)
for args in [(1, 0), (1.5, 2)]:
    try:
        F(*args)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(F(-2, 3)))
print(a + 1, 1 + a, a * 3, 2 / a, a ** 2, a ** -2, 2 ** F(3), F(4) ** F(1, 2), a + 0.5, 0.25 * a)
print(a < b, a > b, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, a <= 1, 1 < a, a != b)
print(sorted([F(3, 4), F(1, 2), 0.6, 1]), max(F(1, 3), F(2, 7)), sum([F(1, n) for n in range(1, 6)]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)) == hash(F(2, 6)), hash(F(-1)))
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1234, 100), 1), round(F(1234, 1), -2))
print(int(F(-7, 2)), float(F(1, 3)), complex(F(1, 2)), bool(F(0)), F(22, 7).as_integer_ratio())
print(F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(1000), F(1, 3).limit_denominator(5), F("0.333").limit_denominator(100))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError", e)
print(F.from_float(0.75), str(F(10, 4)), isinstance(F(1), numbers.Rational), isinstance(3, numbers.Integral), isinstance(2.0, numbers.Real))
print(F(1, 2).numerator, F(1, 2).real, F(3, 9) == F(1, 3), {F(1, 2): "half"}[F(2, 4)])
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5]), st.mean([F(1, 2), F(1, 3)]), st.mean([1, 2.5]))
print(st.mean([0.1] * 10), st.fmean([1, 2, 3, 4]), st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode([1, 2, 2, 3, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3]), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3]), st.pstdev([1, 2, 3, 4, 5]))
print(st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance([1, 2, 3, 4], 2.5), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.geometric_mean([54, 24, 36]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method="inclusive"))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.linear_regression(x, [2 * v + 1 for v in x]))
for f, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, [1]), (st.pvariance, [])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print("StatisticsError", e)
print(isinstance(st.StatisticsError(), ValueError), st.NormalDist(1, 2), st.NormalDist(0, 1).cdf(0))
print(st.mean([10 ** 20, 1]), st.stdev([1e100, 1e100 + 1e85, 1e100 - 1e85]))
