# math.inf / nan arithmetic and comparisons
import math
inf, nan = math.inf, math.nan
print(inf, -inf, nan, inf == float("inf"), math.isinf(-inf), math.isnan(nan), math.isfinite(1e308))
print(inf + 1, inf - 1e308, inf * 2, inf / 1e308, -inf * -1, inf * -0.5, 1 / inf, -1 / inf)
print(inf + inf, inf - inf, inf * 0, 0 * -inf, inf / inf, nan + 1, nan * 0, -nan)
print(inf > 1e308, -inf < -1e308, inf == inf, -inf == -inf, inf > inf, inf >= inf)
print(nan == nan, nan != nan, nan < 0, nan > 0, nan <= nan, nan is nan, [nan] == [nan])
x = float("nan")
print([x] == [x], x in [x], x in [float("nan")], (x,) == (x,))
print(max(inf, 5), min(-inf, -5), max(1, nan), max(nan, 1), min(nan, 1), sorted([3, 1.5, -inf, inf, 0]))
print(abs(-inf), abs(nan), math.copysign(1, -0.0), math.copysign(1, 0.0), math.copysign(inf, -1))
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, 0.0 == -0.0, str(-0.0 + 0))
print(math.fsum([inf, 1]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(int(1e308), math.floor(1.9999999999999999), math.isclose(0.1 + 0.2, 0.3))
print(float("inf") * 0 == float("inf") * 0, math.atan2(inf, inf), math.hypot(inf, nan))
print(math.e, math.pi, math.tau, math.inf is inf)
print(hash(inf), hash(-inf), type(hash(nan)).__name__)
print(round(inf, 3), round(-inf, -2), math.fabs(-inf), math.sqrt(inf), math.exp(-inf), math.log(inf))
vals = [1.0, inf, -inf, 0.0, -0.0, 2.5]
for a in vals:
    print(a, [a * b for b in vals])
