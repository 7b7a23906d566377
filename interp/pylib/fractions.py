"""Rational numbers for Krait, matching CPython 3.11's `fractions`.

A Fraction is kept normalized: gcd(numerator, denominator) == 1 and the
denominator is positive.  Arithmetic with ints and Fractions is exact;
with floats or complex numbers it falls back to those types.  Hashes agree
with those of equal ints and floats (the numeric hash modulo 2**61 - 1).
"""

import math as _math
import numbers as _numbers

__all__ = ["Fraction"]

_HASH_MODULUS = 2305843009213693951  # 2**61 - 1, sys.hash_info.modulus
_HASH_INF = 314159


def _parse(s):
    """Parse a Fraction literal: [sign] (int "/" int | decimal [exponent]).
    Returns (numerator, denominator) or None if the text is invalid."""
    t = s.strip()
    if not t:
        return None
    sign = 1
    if t[0] in "+-":
        if t[0] == "-":
            sign = -1
        t = t[1:]
    if "/" in t:
        num, _, den = t.partition("/")
        if not _is_digits(num) or not _is_digits(den):
            return None
        return sign * int(num), int(den)
    mantissa, exp = t, 0
    for e in "eE":
        if e in t:
            mantissa, _, exp_text = t.partition(e)
            if exp_text[:1] in "+-" and _is_digits(exp_text[1:]) or _is_digits(exp_text):
                exp = int(exp_text)
            else:
                return None
            break
    whole, dot, frac = mantissa.partition(".")
    if not whole and not frac:
        return None
    if whole and not _is_digits(whole) or frac and not _is_digits(frac):
        return None
    if dot and not frac and not whole:
        return None
    numerator = int((whole or "0") + frac)
    denominator = 10 ** len(frac)
    if exp >= 0:
        numerator *= 10 ** exp
    else:
        denominator *= 10 ** -exp
    return sign * numerator, denominator


def _is_digits(text):
    """ASCII-or-Unicode decimal digits, with single underscores between digits."""
    if not text or text[0] == "_" or text[-1] == "_" or "__" in text:
        return False
    return all(c.isdigit() for c in text.replace("_", ""))


class Fraction(_numbers.Rational):
    """Fraction(numerator=0, denominator=None): an exact rational number.

    Accepts ints, Fractions, floats, Decimals, other Rationals, and strings
    such as '3/7', '-1.25' or '1e-3'.
    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, _numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, (float, int)) or type(numerator).__name__ == "Decimal":
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f"Invalid literal for Fraction: {numerator!r}")
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, _numbers.Rational) and isinstance(denominator, _numbers.Rational):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({numerator}, 0)")
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Convert a finite float (or int) to an equal Fraction."""
        if isinstance(f, _numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} "
                            f"({type(f).__name__})")
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Convert a finite Decimal to an equal Fraction."""
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the smallest with the same ratio."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents p/q of self until the
        # denominator would exceed the bound, then compare the last
        # convergent with the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return f"{self.__class__.__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    # Arithmetic.  Each operator handles Fraction/int exactly, and float or
    # complex by converting self.

    def _operands(self, other):
        """(kind, value): 'exact' with a (n, d) pair, 'float', 'complex', or None."""
        if type(other) is int or isinstance(other, Fraction):
            return "exact", (other.numerator, other.denominator)
        if isinstance(other, _numbers.Rational):
            return "exact", (other.numerator, other.denominator)
        if isinstance(other, float):
            return "float", other
        if isinstance(other, complex):
            return "complex", other
        return None, None

    def __add__(a, b):
        kind, v = a._operands(b)
        if kind == "exact":
            n, d = v
            return Fraction(a._numerator * d + n * a._denominator, a._denominator * d)
        if kind == "float":
            return float(a) + v
        if kind == "complex":
            return complex(a) + v
        return NotImplemented

    def __radd__(b, a):
        kind, v = b._operands(a)
        if kind == "exact":
            n, d = v
            return Fraction(n * b._denominator + b._numerator * d, d * b._denominator)
        if kind == "float":
            return v + float(b)
        if kind == "complex":
            return v + complex(b)
        return NotImplemented

    def __sub__(a, b):
        kind, v = a._operands(b)
        if kind == "exact":
            n, d = v
            return Fraction(a._numerator * d - n * a._denominator, a._denominator * d)
        if kind == "float":
            return float(a) - v
        if kind == "complex":
            return complex(a) - v
        return NotImplemented

    def __rsub__(b, a):
        kind, v = b._operands(a)
        if kind == "exact":
            n, d = v
            return Fraction(n * b._denominator - b._numerator * d, d * b._denominator)
        if kind == "float":
            return v - float(b)
        if kind == "complex":
            return v - complex(b)
        return NotImplemented

    def __mul__(a, b):
        kind, v = a._operands(b)
        if kind == "exact":
            n, d = v
            return Fraction(a._numerator * n, a._denominator * d)
        if kind == "float":
            return float(a) * v
        if kind == "complex":
            return complex(a) * v
        return NotImplemented

    def __rmul__(b, a):
        kind, v = b._operands(a)
        if kind == "exact":
            n, d = v
            return Fraction(n * b._numerator, d * b._denominator)
        if kind == "float":
            return v * float(b)
        if kind == "complex":
            return v * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        kind, v = a._operands(b)
        if kind == "exact":
            n, d = v
            return Fraction(a._numerator * d, a._denominator * n)
        if kind == "float":
            return float(a) / v
        if kind == "complex":
            return complex(a) / v
        return NotImplemented

    def __rtruediv__(b, a):
        kind, v = b._operands(a)
        if kind == "exact":
            n, d = v
            return Fraction(n * b._denominator, d * b._numerator)
        if kind == "float":
            return v / float(b)
        if kind == "complex":
            return v / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        kind, v = a._operands(b)
        if kind == "exact":
            n, d = v
            return (a._numerator * d) // (a._denominator * n)
        if kind == "float":
            return float(a) // v
        return NotImplemented

    def __rfloordiv__(b, a):
        kind, v = b._operands(a)
        if kind == "exact":
            n, d = v
            return (n * b._denominator) // (d * b._numerator)
        if kind == "float":
            return v // float(b)
        return NotImplemented

    def __mod__(a, b):
        kind, v = a._operands(b)
        if kind == "exact":
            n, d = v
            den = a._denominator * d
            return Fraction((a._numerator * d) % (n * a._denominator), den)
        if kind == "float":
            return float(a) % v
        return NotImplemented

    def __rmod__(b, a):
        kind, v = b._operands(a)
        if kind == "exact":
            n, d = v
            den = d * b._denominator
            return Fraction((n * b._denominator) % (b._numerator * d), den)
        if kind == "float":
            return v % float(b)
        return NotImplemented

    def __divmod__(a, b):
        kind, v = a._operands(b)
        if kind == "exact":
            n, d = v
            q, r = divmod(a._numerator * d, n * a._denominator)
            return q, Fraction(r, a._denominator * d)
        if kind == "float":
            return divmod(float(a), v)
        return NotImplemented

    def __rdivmod__(b, a):
        kind, v = b._operands(a)
        if kind == "exact":
            n, d = v
            q, r = divmod(n * b._denominator, b._numerator * d)
            return q, Fraction(r, d * b._denominator)
        if kind == "float":
            return divmod(v, float(b))
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, _numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                if a._numerator > 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError(f"Fraction({a._denominator ** -power}, 0)")
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, _numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self[, ndigits]), rounding halves to even."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        except ValueError:
            dinv = 0
        if self._denominator % _HASH_MODULUS == 0:
            hash_ = _HASH_INF
        else:
            hash_ = hash(abs(self._numerator)) * dinv % _HASH_MODULUS
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    # Comparisons.

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, _numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, _numbers.Rational) or type(other) is int:
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    # Copying and pickling: Fractions are immutable.

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b
