"""Numeric abstract base classes for Krait (CPython 3.11's `numbers`).

Number > Complex > Real > Rational > Integral; the built-in numeric types
are registered, so isinstance(3, numbers.Integral) and friends work.
Only the ABCs' identities matter here: the abstract arithmetic methods of
CPython's versions are not listed.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class."""

    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Complex numbers: real, imag, conjugate(), arithmetic."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """Return a builtin complex instance."""

    def __bool__(self):
        return self != 0


class Real(Complex):
    """Real numbers: ordering, __float__, floor/ceil/round."""

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """Return a builtin float instance."""

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


class Rational(Real):
    """Rationals: numerator and denominator."""

    __slots__ = ()

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: __int__, __index__, bit operations."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """int(self)"""

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Complex.register(complex)
Real.register(float)
Integral.register(int)
