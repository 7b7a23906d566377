# math: trigonometric and hyperbolic functions
import math
angles = [0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, -math.pi / 2, 1, 2.5, 100]
for a in angles:
    print(f"{a:.6f}", math.sin(a), math.cos(a), math.tan(a))
for v in [-1, -0.5, 0, 0.5, 1]:
    print(v, math.asin(v), math.acos(v), math.atan(v))
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (-0.0, -1), (0, 0), (1, 0), (math.inf, 1)]:
    print(y, x, math.atan2(y, x))
for v in [0, 0.5, 1, 2, -3, 10]:
    print(v, math.sinh(v), math.cosh(v), math.tanh(v), math.asinh(v))
print(math.acosh(1), math.acosh(2), math.atanh(0), math.atanh(0.5), math.atanh(-0.9))
print(math.tanh(1000), math.tanh(-1000), math.atan(math.inf), math.atan(-math.inf))
print(round(math.sin(math.pi), 10), math.sin(0.0), math.sin(-0.0), math.cos(math.inf - math.inf) if False else "skip")
print(math.sin(1e22), math.cos(1e22), math.sin(2 ** 60))
