# cmath: principal values, branch cuts and signed zeros for the common
# functions, polar/rect, constants and predicates.
import cmath
import math

for z in [-16, complex(-1, -0.0), 4, 1j, -1j, complex(3, 4), complex(-2, 0.5), 0j, complex(0.5, -0.25)]:
    print(z, cmath.sqrt(z), cmath.phase(z), cmath.polar(z))
for f in ["exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan",
          "asinh", "acosh", "atanh"]:
    for z in [complex(0.5, 0.25), complex(-1.5, 2), complex(2, 0), complex(0, -3)]:
        w = getattr(cmath, f)(z)
        print(f, z, complex(round(w.real, 12), round(w.imag, 12)))
print(cmath.rect(2, math.pi / 2).real < 1e-15, cmath.rect(1, 0), cmath.rect(230, math.radians(30)))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(cmath.nanj), cmath.isclose(1 + 1j, 1 + 1.0000000001j))
a, b, c = 1, 2, 5
d = b * b - 4 * a * c
print((-b + cmath.sqrt(d)) / (2 * a), (-b - cmath.sqrt(d)) / (2 * a))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print("TypeError", e)
