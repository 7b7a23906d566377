"""Mathematical functions for complex numbers, on top of `math`.

The inverse functions follow Kahan's formulas ("Branch Cuts for Complex
Elementary Functions"), so branch cuts and signed zeros behave as in C99
and CPython for finite arguments. Infinities and NaNs get the simple
treatment, not CPython's full special-value tables.
"""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(float(z), 0.0)
    conv = getattr(type(z), "__complex__", None)
    if conv is not None:
        return conv(z)
    conv = getattr(type(z), "__float__", None)
    if conv is not None:
        return complex(conv(z), 0.0)
    conv = getattr(type(z), "__index__", None)
    if conv is not None:
        return complex(float(conv(z)), 0.0)
    raise TypeError(f"must be real number, not {type(z).__name__}")


def phase(z):
    """The argument of z, in [-pi, pi]."""
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    """(abs(z), phase(z))."""
    z = _c(z)
    return abs(z), _m.atan2(z.imag, z.real)


def rect(r, phi):
    """The complex number with modulus r and argument phi."""
    r = float(r)
    phi = float(phi)
    if phi == 0.0:
        return complex(r, phi * r if _m.isfinite(r) else phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def sqrt(z):
    """The principal square root of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    if _m.isinf(y):
        return complex(inf, y)
    if _m.isnan(x) or _m.isnan(y):
        return complex(nan, nan)
    ax = abs(x)
    ay = abs(y)
    if ax < 1e-300 and ay < 1e-300:
        # Scale tiny arguments up to keep precision.
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(z):
    """e raised to z."""
    z = _c(z)
    if z.imag == 0.0:
        return complex(_m.exp(z.real), z.imag)
    r = _m.exp(z.real)
    return complex(r * _m.cos(z.imag), r * _m.sin(z.imag))


def _log_abs(z):
    ax = abs(z.real)
    ay = abs(z.imag)
    am, an = (ax, ay) if ax > ay else (ay, ax)
    h = _m.hypot(am, an)
    if 0.71 <= h <= 1.73:
        return _m.log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
    return _m.log(h)


def log(z, base=None):
    """The natural logarithm of z, or the logarithm to the given base."""
    z = _c(z)
    if z == 0:
        raise ValueError("math domain error")
    r = complex(_log_abs(z), _m.atan2(z.imag, z.real))
    if base is None:
        return r
    return r / log(base)


def log10(z):
    """The base-10 logarithm of z."""
    r = log(z)
    return complex(r.real / _m.log(10.0), r.imag / _m.log(10.0))


def sinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    return complex(_m.sinh(x) * _m.cos(y), _m.cosh(x) * _m.sin(y))


def cosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    return complex(_m.cosh(x) * _m.cos(y), _m.sinh(x) * _m.sin(y))


def tanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 354.0:
        return complex(_m.copysign(1.0, x),
                       4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sin(z):
    z = _c(z)
    s = sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def cos(z):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def tan(z):
    z = _c(z)
    s = tanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def asinh(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 + z.imag, -z.real))
    s2 = sqrt(complex(1.0 - z.imag, z.real))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    z = _c(z)
    s = asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def acos(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 - z.real, -z.imag))
    s2 = sqrt(complex(1.0 + z.real, z.imag))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _c(z)
    s1 = sqrt(complex(z.real - 1.0, z.imag))
    s2 = sqrt(complex(z.real + 1.0, z.imag))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def atanh(z):
    z = _c(z)
    if z.real < 0.0:
        r = atanh(complex(-z.real, -z.imag))
        return complex(-r.real, -r.imag)
    x, y = z.real, z.imag
    ay = abs(y)
    if x == 1.0 and ay == 0.0:
        raise ValueError("math domain error")
    if x == 1.0 and ay < 1e-150:
        real = -_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0)))
        return complex(real, _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    real = _m.log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0
    imag = -_m.atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atan(z):
    z = _c(z)
    s = atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Whether a and b are close in the sense of math.isclose."""
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
