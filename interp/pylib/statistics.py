"""Basic statistics for Krait, matching CPython 3.11's `statistics`.

mean, variance and friends sum exactly (every value is converted to an
exact integer ratio), then convert once to the result type, so results are
correctly rounded and of the same type as CPython's: ints stay ints when
the exact result is integral, mixed int/float data gives floats, Fractions
give Fractions.  stdev/pstdev take a correctly rounded square root of the
exact variance.
"""

import math as _math
from collections import Counter as _Counter, namedtuple as _namedtuple
from fractions import Fraction as _Fraction

__all__ = [
    "NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
    "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median",
    "median_grouped", "median_high", "median_low", "mode", "multimode",
    "pstdev", "pvariance", "quantiles", "stdev", "variance",
]


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    """x as an exact (numerator, denominator) pair."""
    if type(x) is int or type(x) is bool:
        return int(x), 1
    if isinstance(x, float):
        if _math.isinf(x) or _math.isnan(x):
            return x, None
        return x.as_integer_ratio()
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _coerce(T, S):
    """The result type for data of types T and S."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int or T is bool:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, _Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, _Fraction):
        return T
    raise TypeError(f"can't convert type '{T.__name__}' to type '{S.__name__}'")


def _sum(data):
    """(type, exact total as a Fraction or a non-finite float, count)."""
    count = 0
    T = int
    partials = {}
    special = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = x if special is None else special + x
            continue
        partials[d] = partials.get(d, 0) + n
    if special is not None:
        return T, special, count
    total = _Fraction(0)
    for d, n in partials.items():
        total += _Fraction(n, d)
    return T, total, count


def _convert(value, T):
    """Convert an exact Fraction to type T (int results only if integral)."""
    if type(value) is T:
        return value
    if isinstance(value, float):
        return T(value) if T is not int else value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, _Fraction):
            return T(value.numerator, value.denominator)
        raise


def mean(data):
    """Arithmetic mean ("average") of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return _math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    denom = _math.fsum(weights)
    if not denom:
        raise StatisticsError("sum of weights must be non-zero")
    return _math.fsum(x * w for x, w in zip(data, weights)) / denom


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        return _math.exp(fmean([_math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """Harmonic mean: the reciprocal of the mean of reciprocals."""
    data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, _Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(weights)
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    if any(x == 0 for x in data):
        return 0
    T, total, count = _sum(w / x for w, x in zip(weights, data))
    T = _coerce(T, type(data[0]))
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def median(data):
    """Median (middle value) of data; the mean of the two middle values if even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Low median: the smaller of the two middle values if even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """High median: the larger of the two middle values if even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """Median of grouped continuous data, by interpolation (50th percentile)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError(f"expected number but got {obj!r}")
    try:
        lower = x - interval / 2
    except TypeError:
        lower = float(x) - float(interval) / 2
    first = data.index(x)
    last = n - 1 - data[::-1].index(x)
    cf = first
    f = last - first + 1
    return lower + interval * (n / 2 - cf) / f


def mode(data):
    """The most common data point (the first one met, for ties)."""
    pairs = _Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError("no mode for empty data") from None


def multimode(data):
    """List of the most common values, in order of first appearance."""
    counts = _Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method="exclusive"):
    """Divide data into n continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f"Unknown method: {method!r}")


def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean used, count)."""
    data = list(data)
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return T, total, c, count
    T, total, count = _sum(data)
    if count == 0:
        return T, _Fraction(0), None, 0
    if isinstance(total, float):
        return T, total, total, count
    exact_mean = total / count
    ss = _Fraction(0)
    for x in data:
        n, d = _exact_ratio(x)
        diff = _Fraction(n, d) - exact_mean
        ss += diff * diff
    return T, ss, exact_mean, count


def variance(data, xbar=None):
    """Sample variance of data (at least two points)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def _float_sqrt_of_frac(n, m):
    """sqrt(n / m), correctly rounded to a float."""
    if n <= 0:
        if n == 0:
            return 0.0
        raise ValueError("math domain error")
    # Compute an integer square root with at least 60 significant bits and
    # round to odd (set the low bit if inexact), so that the final int-to-
    # float division rounds correctly.
    shift = max(0, 60 - (n.bit_length() - m.bit_length()) // 2)
    q, r = divmod(n << (2 * shift), m)
    s = _math.isqrt(q)
    if r or s * s != q:
        s |= 1
    return s / (1 << shift)


def stdev(data, xbar=None):
    """Sample standard deviation of data."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = ss / (n - 1)
    if isinstance(mss, float):
        return _math.sqrt(mss)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Population standard deviation of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    mss = ss / n
    if isinstance(mss, float):
        return _math.sqrt(mss)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def covariance(x, y, /):
    """Sample covariance of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _math.fsum((xi - xbar) ** 2.0 for xi in x)
    syy = _math.fsum((yi - ybar) ** 2.0 for yi in y)
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant") from None


LinearRegression = _namedtuple("LinearRegression", ("slope", "intercept"), module=__name__)


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of simple linear regression (least squares)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if not proportional:
        xbar = _math.fsum(x) / n
        ybar = _math.fsum(y) / n
        x = [xi - xbar for xi in x]
        y = (yi - ybar for yi in y)
    sxy = _math.fsum(xi * yi for xi, yi in zip(x, y))
    sxx = _math.fsum(xi * xi for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant") from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    """Normal distribution of a random variable (basic subset)."""

    __slots__ = ("_mu", "_sigma")

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return _math.exp(diff * diff / (-2.0 * variance)) / _math.sqrt(2.0 * _math.pi * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + _math.erf((x - self._mu) / (self._sigma * _math.sqrt(2.0))))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))


def _mean_stdev(data):
    data = list(data)
    return float(mean(data)), float(stdev(data))
