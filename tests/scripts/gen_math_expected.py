#!/usr/bin/env python3
"""Writes runtime/tests/data/math_cases.txt: expected results of CPython's
math module (run this with CPython 3.11) for runtime/tests/math_cases.rs.

Line format:   function|arg;arg;...|expected
  arguments:   f:<float.hex>   i:<decimal int>   n:None
               l:<arg>,<arg>,...   (a list of floats/ints, for variadic functions)
  expected:    f:<float.hex> | i:<int> | b:True/False | t:<item>,<item> (a tuple)
               | E:<ExceptionName>:<message>
Floats are compared bit for bit (float.hex is exact); NaNs compare by NaN-ness.
"""

import math
import os
import random
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "runtime", "tests", "data", "math_cases.txt")

sys.set_int_max_str_digits(0)
rng = random.Random(20261121)
INF = math.inf
NAN = math.nan


def enc(v):
    if isinstance(v, bool):
        return "b:%s" % v
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + v.hex()
    if v is None:
        return "n:"
    if isinstance(v, list):
        return "l:" + ",".join(enc(x)[0] + enc(x)[2:] for x in v)
    if isinstance(v, tuple):
        return "t:" + ",".join(enc(x)[0] + enc(x)[2:] for x in v)
    raise TypeError(v)


lines = []


def case(name, *args, call=None):
    fn = call or getattr(math, name)
    real_args = [list(a) if isinstance(a, list) else a for a in args]
    try:
        if name in ("hypot", "gcd", "lcm"):
            r = fn(*real_args[0])
        else:
            r = fn(*real_args)
        out = enc(r)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        out = "E:%s:%s" % (type(e).__name__, e)
    lines.append("%s|%s|%s" % (name, ";".join(enc(a) for a in args), out))


# ---- special float values -------------------------------------------------
SPECIAL = [0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-300, -1e-300,
           5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
           1.7976931348623157e308, -1.7976931348623157e308, 1e308, 1e-310, 3.0, 0.1,
           10.0, 100.0, 710.0, 709.78, -745.2, -746.0, 1e16, 1e300, math.pi, math.e,
           math.pi / 2, -math.pi / 2, 1 - 2**-53, 1 + 2**-52, -1 + 2**-53, 0.9999999999, 1e-8,
           22.0, 23.0, 24.0, 171.0, 171.7, 172.0, 200.5, -200.5, 1e-20, 1e-21, -1e-21,
           0.25, 1.5, 2.5, -2.5, -3.5, 4e-320, 30.0, 27.0, -8.0, 64.0, 1024.0, 1025.0]


def floats(n, lo_exp=-30, hi_exp=30):
    """n random floats with exponents spread in [lo_exp, hi_exp], both signs."""
    out = []
    for _ in range(n):
        m = rng.random() + 0.5
        e = rng.randint(lo_exp, hi_exp)
        s = rng.choice((1.0, -1.0))
        out.append(s * math.ldexp(m, e))
    return out


def bits_floats(n):
    """n floats with uniformly random bit patterns (finite ones)."""
    out = []
    while len(out) < n:
        x = float.fromhex("0x1p0")
        b = rng.getrandbits(64)
        import struct
        x = struct.unpack("<d", struct.pack("<Q", b))[0]
        if math.isfinite(x):
            out.append(x)
    return out


UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf",
         "erfc", "exp", "exp2", "expm1", "fabs", "log1p", "sin", "sinh", "sqrt", "tan", "tanh",
         "degrees", "radians", "isfinite", "isinf", "isnan", "frexp", "modf", "ulp",
         "ceil", "floor", "trunc", "gamma", "lgamma", "log", "log2", "log10"]

for name in UNARY:
    vals = SPECIAL + floats(120, -8, 8) + floats(40, -60, 60) + bits_floats(40)
    if name in ("acos", "asin", "atanh"):
        vals += [rng.uniform(-1, 1) for _ in range(80)]
    if name in ("exp", "expm1", "exp2", "cosh", "sinh"):
        vals += [rng.uniform(-800, 800) for _ in range(60)]
    if name in ("erf", "erfc"):
        vals += [rng.uniform(-7, 7) for _ in range(80)]
    for x in vals:
        case(name, x)

# gamma and lgamma: many points, near integers, both signs.
for name in ("gamma", "lgamma"):
    for _ in range(1500):
        case(name, rng.uniform(-180, 180))
    for _ in range(300):
        case(name, rng.uniform(-6, 6))
    for _ in range(200):
        case(name, rng.uniform(0, 1e-3) * rng.choice((1, -1)))
    for k in range(-30, 40):
        for d in (1e-9, -1e-9, 1e-14, 0.5, 0.25):
            case(name, k + d)
    for x in (1e5, 1e10, 1e200, -1e5 - 0.5, 2.5e305, 140.0, 139.5, 140.5, -140.5, -199.99, 199.99, 201.0, -201.5):
        case(name, x)

# ---- ints through the float functions and the logarithms ------------------
INTS = [0, 1, -1, 2, 3, 10, 2**52 + 1, 2**53 + 1, 2**64 - 1, 10**20, -10**20, 2**1023,
        2**1024 - 2**970, 2**1024 - 2**971, 2**1024, 10**308, 10**309, 2**5000, 3**4000,
        -(2**5000), 10**1000 + 7, 2**1100 - 1, (2**53 + 1) << 2000, ((2**53 + 3) << 2000) - 1]
for n in INTS + [rng.getrandbits(rng.randint(1, 3000)) for _ in range(100)]:
    case("log", n)
    case("log2", n)
    case("log10", n)
    case("log", n, 10)
    case("log", n, 2.0)
    case("log", n, 2**2000)
for x in SPECIAL + floats(60):
    case("log", x, 10.0)
    case("log", 100.0, x)
case("log", 10, 1)
case("log", 10.0, 1.0)
case("log", 0.5, 1)
case("log", 1, 1)

# int -> float conversion (float(n)): round-half-even ties, overflow
TIES = [2**53 + 1, 2**53 + 3, -(2**53 + 1), 2**54 + 2, (2**53 + 1) << 100, ((2**53 + 1) << 100) + 1,
        2**1024 - 2**970, 2**1024 - 2**971, 2**1024 - 2**971 - 1, 2**1024, -(2**1024 - 2**970)]
for n in INTS + TIES + [rng.getrandbits(rng.randint(1, 1100)) * rng.choice((1, -1)) for _ in range(300)]:
    case("float", n, call=float)

# ---- two-argument float functions ----------------------------------------
PAIR_VALS = [0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1e300,
             -1e300, 5e-324, 1e-310, 10.0, 1.5, -1.5, 7.0, 1e-5, 2.5]
for name in ("atan2", "copysign", "fmod", "remainder", "pow", "nextafter"):
    for x in PAIR_VALS:
        for y in PAIR_VALS:
            case(name, x, y)
    for _ in range(300):
        x, y = floats(2, -10, 10)
        case(name, x, y)
for _ in range(200):
    x = rng.uniform(-1e6, 1e6)
    y = rng.choice((1.0, 2.0, 3.0, 0.5, 1e-3, 7.5, 360.0))
    case("remainder", x, y)
    case("fmod", x, y)
for x in (2.0, -2.0, 10.0, 0.5, -0.5, 1.0000001, 1e10):
    for y in (1024.0, 1023.5, -1080.0, 3.0, -3.0, 0.5, 1e10, -1e10, 308.5, 1e-300):
        case("pow", x, y)

# ldexp: float and (possibly huge) int
for x in (0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 0.75, 1.7976931348623157e308, 5e-324,
          2.2250738585072014e-308, 1.5, 3.0000000000000004, 1.0000000000000002):
    for i in (0, 1, -1, 1023, 1024, -1022, -1074, -1075, -1076, 2000, -2000, 2**31 - 1,
              -2**31, 2**31, -2**31 - 1, 2**70, -2**70, 52, -53, -1073):
        case("ldexp", x, i)
for _ in range(200):
    case("ldexp", floats(1, -5, 5)[0], rng.randint(-1130, 1030))

# isclose
for a in (1.0, 1.0000000001, 1.1, 0.0, -0.0, 1e-10, INF, -INF, NAN, 1e300):
    for b in (1.0, 1.0000000001, 0.0, 1e-10, INF, NAN, 1e300 * 1.000000001):
        for rel, abs_ in ((1e-9, 0.0), (0.0, 0.0), (0.1, 0.0), (1e-9, 1e-9), (-1.0, 0.0), (0.0, -1e-3)):
            case("isclose", a, b, rel, abs_,
                 call=lambda a, b, r, t: math.isclose(a, b, rel_tol=r, abs_tol=t))

# hypot and dist: variadic lists
HYP = [[], [3.0], [-3.0], [3.0, 4.0], [0.0, 0.0], [INF, NAN], [NAN, 1.0], [-INF, 2.0],
       [1e308, 1e308], [5e-324, 5e-324], [1e-310, 2e-310, 3e-310], [1.0] * 10, [0.0, -0.0, 0.0],
       [1e-200, 1e200]]
for _ in range(400):
    HYP.append(floats(rng.randint(2, 6), -30, 30))
for _ in range(100):
    HYP.append(floats(rng.randint(2, 4), -1075, 1020))
for v in HYP:
    case("hypot", v)
for _ in range(300):
    n = rng.randint(1, 5)
    case("dist", floats(n), floats(n))
case("dist", [1.0, 2.0], [1.0])
case("dist", [], [])
case("dist", [INF], [INF])

# fsum
FS = [[], [0.0], [-0.0], [1e308, 1e308], [1e308, 1e308, -1e308], [INF, -INF], [INF, INF],
      [NAN, 1.0], [INF, 1e308, 1e308], [1e-16, 1.0, 1e16], [0.1] * 10, [1.0, -1.0, 1e-300],
      [1e308, -1e308, 1e308], [2.0**53, -0.5, -2.0**-54], [2.0**53, 1.0, 2.0**-100],
      [-INF, 1.0, NAN], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]]
for _ in range(400):
    FS.append(floats(rng.randint(1, 30), -60, 60))
for _ in range(100):
    big = floats(rng.randint(1, 10), 900, 1023)
    FS.append(big + [-x for x in big[:-1]] + floats(3, -1000, -900))
for v in FS:
    case("fsum", v)

# ---- integer functions ----------------------------------------------------
for n in list(range(0, 130)) + [170, 171, 500, 1000, 1234, 3000, -1, -10**30, 2**63 - 1 + 1, 2**80]:
    if n == 2**63 - 1:
        continue
    case("factorial", n)
for n in list(range(0, 70)) + [100, 200, 1000, 2**64, 10**30, 2**70 + 5]:
    for k in sorted({0, 1, 2, 3, 5, 10, 17, 20, 33, 34, 35, 50, 67, n // 2, n - 1, n, n + 1}):
        case("comb", n, k)
        case("perm", n, k)
for n in (-1, 5, 2**64):
    for k in (-1, 3):
        case("comb", n, k)
        case("perm", n, k)
case("comb", 2**65, 2**64)
case("perm", 2**65, 2**64)
case("comb", 10, 2**70)
case("perm", 10, 2**70)
for n in range(0, 25):
    case("perm", n, None)
case("perm", -3, None)
for _ in range(150):
    n = rng.randint(0, 300)
    k = rng.randint(0, n + 3)
    case("comb", n, k)
    case("perm", n, k)

ISQ = list(range(0, 300)) + [2**64 - 1, 2**64, 2**64 + 1, 2**62, 2**63, 2**62 - 1, -1, -2**100,
                             (2**32) ** 2 - 1, (2**32) ** 2, (2**32 + 1) ** 2 - 1]
for b in range(1, 400, 7):
    ISQ += [2**b - 1, 2**b, 2**b + 1, (2**b + 3) ** 2, (2**b + 3) ** 2 - 1]
ISQ += [rng.getrandbits(rng.randint(1, 5000)) for _ in range(300)]
for n in ISQ:
    case("isqrt", n)

GL = [[], [0], [5], [-5], [0, 0], [12, 18], [-12, 18], [12, -18], [7, 0], [0, 7], [2**100, 2**80 * 3],
      [6, 10, 15], [1, 2**200], [0, 0, 5], [3, 5, 0]]
for _ in range(200):
    GL.append([rng.randint(-10**6, 10**6) for _ in range(rng.randint(1, 4))])
for _ in range(50):
    GL.append([rng.getrandbits(300) * rng.choice((1, -1)) * 6 for _ in range(rng.randint(2, 3))])
for v in GL:
    case("gcd", v)
    case("lcm", v)

with open(OUT, "w") as f:
    f.write("# generated by tests/scripts/gen_math_expected.py with Python %s\n" % sys.version.split()[0])
    for line in lines:
        f.write(line + "\n")
print("wrote %d cases to %s" % (len(lines), os.path.normpath(OUT)))
