# small statistics toolkit built on math
import math
data = [2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.1, 6.0, 4.4, 2.2, 8.9]
n = len(data)
mean = math.fsum(data) / n
var = math.fsum((x - mean) ** 2 for x in data) / (n - 1)
sd = math.sqrt(var)
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
print(n, mean, var, sd, median, s[0], s[-1])
print(round(mean, 4), round(sd, 4), f"{mean:.3f} ± {sd:.3f}")
z = [(x - mean) / sd for x in data]
print([round(v, 3) for v in z], round(math.fsum(z), 12))
geo = math.exp(math.fsum(math.log(x) for x in data) / n)
harm = n / math.fsum(1 / x for x in data)
print(geo, harm, harm <= geo <= mean)
xs = list(range(1, 11))
ys = [2 * x + 1 + ((-1) ** x) * 0.5 for x in xs]
mx, my = math.fsum(xs) / len(xs), math.fsum(ys) / len(ys)
slope = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys)) / math.fsum((x - mx) ** 2 for x in xs)
icept = my - slope * mx
r = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys)) / math.sqrt(math.fsum((x - mx) ** 2 for x in xs) * math.fsum((y - my) ** 2 for y in ys))
print(slope, icept, r)
def normal_cdf(x):
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))
print([round(normal_cdf(v), 6) for v in (-3, -2, -1, 0, 1, 2, 3)])
print(math.comb(52, 5), 1 / math.comb(52, 5), math.perm(10, 3), math.factorial(52) // math.factorial(47))
angles = [math.degrees(math.atan2(y, x)) for x, y in [(1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1), (0, -1)]]
print(angles, math.dist((1, 2, 3), (4, 6, 3)), math.hypot(*data[:3]), math.prod(data[:4]))
