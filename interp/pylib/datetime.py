"""Dates, times and durations: date, time, datetime, timedelta, tzinfo and
timezone, with CPython's arithmetic, reprs, str(), isoformat and strftime.

Krait's own implementation. Calendar arithmetic works on proleptic
Gregorian ordinals (0001-01-01 is day 1); local time comes from
time._localzone (the C library's localtime_r).
"""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
               "Sep", "Oct", "Nov", "Dec")
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_MAX_DELTA_DAYS = 999999999
_US_PER_DAY = 86400000000


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _ymd_to_ord(y, m, d):
    yy = y - 1
    return (yy * 365 + yy // 4 - yy // 100 + yy // 400
            + _DAYS_BEFORE[m] + (m > 2 and _is_leap(y)) + d)


def _ord_to_ymd(n):
    # Ordinal -> (year, month, day): shift to days since 1970 and use the
    # civil-from-days algorithm (eras of 400 years starting in March).
    z = n - _EPOCH_ORDINAL + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    return y, m, d


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    idx = getattr(type(v), "__index__", None)
    if idx is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return idx(v)


def _check_date(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(
            f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _round_half_even(num, den):
    # Rounds the fraction num/den (den > 0) to the nearest integer, ties to even.
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q % 2 == 1):
        q += 1
    return q


def _cmp(a, b):
    return 0 if a == b else 1 if a > b else -1


def _type_name(obj, default):
    cls = type(obj)
    if cls.__module__ == "datetime" and cls.__qualname__ == default:
        return "datetime." + default
    return cls.__qualname__


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    us = off._to_us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    hh, us = divmod(us, 3600000000)
    mm, us = divmod(us, 60000000)
    ss, us = divmod(us, 1000000)
    s = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or us:
        s += f"{sep}{ss:02d}"
        if us:
            s += f".{us:06d}"
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return f"{hh:02d}"
    if timespec == "minutes":
        return f"{hh:02d}:{mm:02d}"
    if timespec == "seconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == "milliseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}"
    if timespec == "microseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _check_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError(
            f"tzinfo.{name}() must return None or timedelta, not '{type(off).__name__}'")
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError(
            f"offset must be a timedelta strictly between -timedelta(hours=24) and "
            f"timedelta(hours=24), not {off!r}.")
    return off


def _wrap_strftime(obj, fmt, timetuple):
    # Expands %f, %z and %Z (which need the object itself), then defers to
    # time.strftime for the rest.
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%" and i + 1 < n:
            f = fmt[i + 1]
            i += 2
            if f == "f":
                out.append("%06d" % getattr(obj, "microsecond", 0))
            elif f == "z":
                off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
                out.append(_format_offset(off, "") if off is not None else "")
            elif f == "Z":
                name = obj.tzname() if hasattr(obj, "tzname") else None
                out.append("" if name is None else name.replace("%", "%%"))
            else:
                out.append("%" + f)
        else:
            out.append(c)
            i += 1
    return _time.strftime("".join(out), timetuple)


class timedelta:
    """A duration: days, seconds and microseconds, normalized."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # Sum everything exactly as a fraction of microseconds.
        num = 0
        den = 1
        for value, unit in ((days, 86400000000), (seconds, 1000000),
                            (microseconds, 1), (milliseconds, 1000),
                            (minutes, 60000000), (hours, 3600000000),
                            (weeks, 604800000000)):
            if isinstance(value, int):
                num += value * unit * den
            elif isinstance(value, float):
                if value != value or value in (float("inf"), float("-inf")):
                    raise ValueError("cannot convert float NaN to integer" if value != value
                                     else "cannot convert float infinity to integer")
                n, d = value.as_integer_ratio()
                num = num * d + n * unit * den
                den *= d
            else:
                raise TypeError(f"unsupported type for timedelta {_ARG_NAMES[unit]} component: "
                                f"{type(value).__name__}")
        return cls._from_us(_round_half_even(num, den))

    @classmethod
    def _from_us(cls, us):
        days, rem = divmod(us, _US_PER_DAY)
        if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
            raise OverflowError(f"days={days}; must have magnitude <= {_MAX_DELTA_DAYS}")
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rem, 1000000)
        self._hashcode = -1
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days, doc="Number of days.")
    seconds = property(lambda self: self._seconds, doc="Number of seconds (0-86399).")
    microseconds = property(lambda self: self._microseconds, doc="Microseconds (0-999999).")

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        if not args:
            args.append("0")
        return f"{_type_name(self, 'timedelta')}({', '.join(args)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = f"{self._days} day{plural}, " + s
        if self._microseconds:
            s += f".{self._microseconds:06d}"
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._to_us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("division by zero")
            return timedelta._from_us(_round_half_even(self._to_us() * (1 if other > 0 else -1),
                                                       abs(other)))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("division by zero")
            if n < 0:
                n, d = -n, -d
            return timedelta._from_us(_round_half_even(self._to_us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() != other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_ARG_NAMES = {86400000000: "days", 1000000: "seconds", 1: "microseconds",
              1000: "milliseconds", 60000000: "minutes", 3600000000: "hours",
              604800000000: "weeks"}

timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class IsoCalendarDate(tuple):
    """(year, week, weekday) as returned by date.isocalendar()."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return (f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, "
                f"weekday={self[2]})")

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _iso_week1_monday(year):
    first = _ymd_to_ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        """Local date of a POSIX timestamp."""
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of proleptic Gregorian ordinal n (1 = 0001-01-01)."""
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > 3652059:
            raise ValueError(f"year {_ord_to_ymd(n)[0]} is out of range")
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        """Parse YYYY-MM-DD, YYYYMMDD or YYYY-Www-D."""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_iso_date(s))
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {s!r}") from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO calendar (year, week, weekday)."""
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        if not 0 < week < 53:
            long_year = week == 53 and (
                (_ymd_to_ord(year, 1, 1) + 6) % 7 == 3
                or ((_ymd_to_ord(year, 1, 1) + 6) % 7 == 2 and _is_leap(year)))
            if not long_year:
                raise ValueError(f"Invalid week: {week}")
        if not 0 < day < 8:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        return cls(*_ord_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    def __repr__(self):
        return f"{_type_name(self, 'date')}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        """YYYY-MM-DD."""
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def ctime(self):
        """Like 'Tue Nov 14 00:00:00 2023'."""
        return (f"{_DAY_ABBR[self.weekday()]} {_MONTH_ABBR[self._month]} {self._day:2d} "
                f"00:00:00 {self._year:04d}")

    def strftime(self, fmt):
        """Format with time.strftime directives."""
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """A time.struct_time for midnight of this date."""
        yday = _DAYS_BEFORE[self._month] + (self._month > 2 and _is_leap(self._year)) + self._day
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), yday, -1))

    def toordinal(self):
        """Proleptic Gregorian ordinal (0001-01-01 is 1)."""
        return _ymd_to_ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """A copy with some fields replaced."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        """Monday is 0, Sunday is 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday is 7."""
        return self.weekday() + 1

    def isocalendar(self):
        """(ISO year, ISO week, ISO weekday)."""
        y = self._year
        o = self.toordinal()
        w1 = _iso_week1_monday(y)
        if o < w1:
            y -= 1
            w1 = _iso_week1_monday(y)
        elif o >= _iso_week1_monday(y + 1):
            y += 1
            w1 = _iso_week1_monday(y)
        week, day = divmod(o - w1, 7)
        return IsoCalendarDate(y, week + 1, day + 1)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return _cmp(self._date_key(), other._date_key())
        return None

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= 3652059:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        """Name of the time zone."""
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        """Offset from UTC (east positive) as a timedelta."""
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        """The DST adjustment as a timedelta."""
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in this zone."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(
                f"timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError(
                "offset must be a timedelta strictly between -timedelta(hours=24) and "
                f"timedelta(hours=24), not {offset!r}.")
        if name is None and not offset and cls is timezone and "utc" in timezone.__dict__:
            return timezone.utc
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        name = _type_name(self, "timezone")
        if self._name is None:
            return f"{name}({self._offset!r})"
        return f"{name}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is not None:
                return self._name
            if not self._offset:
                return "UTC"
            return "UTC" + _format_offset(self._offset)
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class time:
    """A time of day (hour, minute, second, microsecond, tzinfo, fold)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold",
                 "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        """Parse HH[:MM[:SS[.ffffff]]][+HH:MM]."""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if s.startswith("T"):
                s2 = s[1:]
            else:
                s2 = s
            h, mi, se, us, tz = _parse_iso_time(s2)
            return cls(h, mi, se, us, tz)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {s!r}") from None

    def utcoffset(self):
        """The tzinfo's offset, or None."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def __repr__(self):
        if self._microsecond:
            s = f"{self._hour}, {self._minute}, {self._second}, {self._microsecond}"
        elif self._second:
            s = f"{self._hour}, {self._minute}, {self._second}"
        else:
            s = f"{self._hour}, {self._minute}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            s += ", fold=1"
        return f"{_type_name(self, 'time')}({s})"

    def isoformat(self, timespec="auto"):
        """HH:MM:SS[.ffffff][+HH:MM]."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, _time.struct_time(tt))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self, other):
        if not isinstance(other, time):
            return None
        a = (self._hour, self._minute, self._second, self._microsecond)
        b = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo:
            return a, b
        oa = self.utcoffset()
        ob = other.utcoffset()
        if oa == ob:
            return a, b
        if oa is None or ob is None:
            return False
        ua = self._hour * 60 + self._minute - oa // timedelta(minutes=1)
        ub = other._hour * 60 + other._minute - ob // timedelta(minutes=1)
        return (ua, self._second, self._microsecond), (ub, other._second, other._microsecond)

    def __eq__(self, other):
        k = self._key(other)
        if k is None:
            return NotImplemented
        if k is False:
            return False
        return k[0] == k[1]

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other):
        k = self._key(other)
        if k is None:
            return None
        if k is False:
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(k[0], k[1])

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if not off:
                self._hashcode = hash((self._hour, self._minute, self._second,
                                       self._microsecond))
            else:
                m = self._hour * 60 + self._minute - off // timedelta(minutes=1)
                self._hashcode = hash((m, self._second, self._microsecond))
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, naive or aware (with a tzinfo)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us(cls, us, tz, fold=0):
        # Microseconds since 0001-01-01T00:00 -> datetime.
        days, us = divmod(us, _US_PER_DAY)
        if not 0 <= days < 3652059:
            raise OverflowError("date value out of range")
        y, m, d = _ord_to_ymd(days + 1)
        ss, us = divmod(us, 1000000)
        mm, ss = divmod(ss, 60)
        hh, mm = divmod(mm, 60)
        return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)

    def _to_us(self):
        return (((self.toordinal() - 1) * 24 + self._hour) * 60 + self._minute) * 60000000 \
            + self._second * 1000000 + self._microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local (or tz) datetime of a POSIX timestamp."""
        _check_tzinfo(tz)
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            n, d = t.as_integer_ratio()
            us = _round_half_even(n * 1000000, d)
        else:
            us = _index(t) * 1000000
        secs = us // 1000000
        epoch_us = _EPOCH_ORDINAL - 1
        epoch_us *= _US_PER_DAY
        if tz is None:
            off = _time._localzone(secs)[0]
            return cls._from_us(epoch_us + us + off * 1000000, None)
        utc = cls._from_us(epoch_us + us, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of a POSIX timestamp."""
        return cls.fromtimestamp(t, timezone.utc).replace(tzinfo=None)

    @classmethod
    def now(cls, tz=None):
        """The current local (or tz) date and time."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """A datetime from a date and a time."""
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        """Parse the output of isoformat() (and most ISO 8601 forms)."""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) > 10 and s[4] == "-" and s[7] == "-":
                dpart, tpart = s[:10], s[11:]
            elif len(s) > 8 and s[:8].isdigit():
                dpart, tpart = s[:8], s[9:]
            elif len(s) > 10 and s[5] == "W":
                dpart, tpart = s[:10], s[11:]
            else:
                dpart, tpart = s, ""
            y, m, d = _parse_iso_date(dpart)
            if tpart or len(s) > len(dpart):
                h, mi, se, us, tz = _parse_iso_time(tpart)
            else:
                h = mi = se = us = 0
                tz = None
            if h == 24:
                if mi or se or us:
                    raise ValueError
                return cls(y, m, d, 0, 0, 0, 0, tz) + timedelta(days=1)
            return cls(y, m, d, h, mi, se, us, tz)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {s!r}") from None

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string according to format."""
        return cls(*_strptime(date_string, format))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def _local_timestamp(self):
        # Seconds since the epoch of this naive local time.
        local = (self._to_us() - (_EPOCH_ORDINAL - 1) * _US_PER_DAY) // 1000000
        off = _time._localzone(local)[0]
        off = _time._localzone(local - off)[0]
        return local - off

    def timestamp(self):
        """POSIX timestamp (naive datetimes are local time)."""
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        yday = _DAYS_BEFORE[self._month] + (self._month > 2 and _is_leap(self._year)) + self._day
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(), yday, isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self - off if off else self
        yday = _DAYS_BEFORE[dt._month] + (dt._month > 2 and _is_leap(dt._year)) + dt._day
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                  dt._second, dt.weekday(), yday, 0))

    def astimezone(self, tz=None):
        """The same instant in another time zone (default: local)."""
        if tz is None:
            ts = self._local_timestamp() if self._tzinfo is None else \
                (self - _EPOCH) // timedelta(seconds=1)
            off, name, _dst = _time._localzone(ts)
            tz = timezone(timedelta(seconds=off), name)
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        if self._tzinfo is tz:
            return self
        off = self.utcoffset()
        if off is None:
            ts = self._local_timestamp()
            off = timedelta(seconds=_time._localzone(ts)[0])
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        return (f"{_DAY_ABBR[self.weekday()]} {_MONTH_ABBR[self._month]} {self._day:2d} "
                f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}")

    def isoformat(self, sep="T", timespec="auto"):
        """YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]."""
        s = f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute]
        if self._microsecond:
            parts += [self._second, self._microsecond]
        elif self._second:
            parts.append(self._second)
        s = ", ".join(map(str, parts))
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            s += ", fold=1"
        return f"{_type_name(self, 'datetime')}({s})"

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __add__(self, other):
        if isinstance(other, timedelta):
            try:
                return type(self)._from_us(self._to_us() + other._to_us(), self._tzinfo)
            except OverflowError:
                raise OverflowError("date value out of range") from None
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a = self._to_us()
        b = other._to_us()
        if self._tzinfo is not other._tzinfo:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if (oa is None) != (ob is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if oa is not None:
                a -= oa._to_us()
                b -= ob._to_us()
        return timedelta._from_us(a - b)

    def _dt_key(self, other, ordering):
        # (a, b) microsecond counts to compare, False when naive vs aware
        # (for ==), None when other is not a datetime.
        if not isinstance(other, datetime):
            if isinstance(other, date) and ordering:
                raise TypeError(
                    f"can't compare {type(self).__name__} to {type(other).__name__}")
            return None
        a = self._to_us()
        b = other._to_us()
        if self._tzinfo is other._tzinfo:
            return a, b
        oa = self.utcoffset()
        ob = other.utcoffset()
        if (oa is None) != (ob is None):
            if ordering:
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            return False
        if oa is not None:
            a -= oa._to_us()
            b -= ob._to_us()
        return a, b

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return False
        k = self._dt_key(other, False)
        if k is None:
            return NotImplemented
        return k is not False and k[0] == k[1]

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other):
        k = self._dt_key(other, True)
        if k is None:
            return None
        return _cmp(k[0], k[1])

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            us = self._to_us() - (off._to_us() if off else 0)
            self._hashcode = hash(us)
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _parse_iso_date(s):
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        parts = (s[0:4], s[5:7], s[8:10])
    elif len(s) == 8 and s.isdigit():
        parts = (s[0:4], s[4:6], s[6:8])
    elif len(s) in (8, 10) and "W" in s:
        if len(s) == 10:
            if s[4] != "-" or s[5] != "W" or s[8] != "-":
                raise ValueError
            y, w, d = s[0:4], s[6:8], s[9]
        else:
            if s[4] != "W":
                raise ValueError
            y, w, d = s[0:4], s[5:7], s[7]
        if not (y.isdigit() and w.isdigit() and d.isdigit()):
            raise ValueError
        dt = date.fromisocalendar(int(y), int(w), int(d))
        return dt.year, dt.month, dt.day
    else:
        raise ValueError
    for p in parts:
        if not (p.isdigit() and p.isascii()):
            raise ValueError
    return tuple(int(p) for p in parts)


def _parse_iso_time(s):
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            tzpart = s[i:]
            s = s[:i]
            if tzpart == "Z":
                tz = timezone.utc
            else:
                sign = -1 if tzpart[0] == "-" else 1
                h, m, se, us, _ = _parse_iso_time(tzpart[1:])
                off = timedelta(hours=h, minutes=m, seconds=se, microseconds=us)
                tz = timezone.utc if not off else timezone(sign * off)
            break
    frac = 0
    if "." in s or "," in s:
        sep = "." if "." in s else ","
        s, f = s.split(sep, 1)
        if not f or not f.isdigit() or len(s) != 8 and len(s) != 6:
            raise ValueError
        frac = int((f + "00000")[:6])
    if ":" in s:
        fields = s.split(":")
        if any(len(x) != 2 for x in fields) or len(fields) > 3:
            raise ValueError
    else:
        if len(s) % 2 or len(s) > 6 or not s:
            raise ValueError
        fields = [s[i:i + 2] for i in range(0, len(s), 2)]
    for x in fields:
        if not (x.isdigit() and x.isascii()):
            raise ValueError
    nums = [int(x) for x in fields] + [0, 0]
    return nums[0], nums[1], nums[2], frac, tz


_MONTH_FULL = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
_DAY_FULL = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _strptime(data, fmt):
    # A small strptime: the numeric directives, month/day names (C locale),
    # %p, %j, %z and %%. Returns datetime constructor arguments.
    import re
    if not isinstance(data, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(data).__name__}")
    pats = {
        "Y": r"(?P<Y>\d\d\d\d)", "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
        "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])", "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
        "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])", "M": r"(?P<M>[0-5]\d|\d)",
        "S": r"(?P<S>6[0-1]|[0-5]\d|\d)", "f": r"(?P<f>[0-9]{1,6})",
        "y": r"(?P<y>\d\d)", "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        "b": r"(?P<b>" + "|".join(m[:3] for m in _MONTH_FULL) + ")",
        "B": r"(?P<B>" + "|".join(_MONTH_FULL) + ")",
        "a": r"(?P<a>" + "|".join(d[:3] for d in _DAY_FULL) + ")",
        "A": r"(?P<A>" + "|".join(_DAY_FULL) + ")",
        "p": r"(?P<p>am|pm)", "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        "Z": r"(?P<Z>utc|gmt)", "w": r"(?P<w>[0-6])", "%": "%",
    }
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            f = fmt[i + 1]
            if f not in pats:
                raise ValueError(f"'{f}' is a bad directive in format '%{f}'")
            out.append(pats[f])
            i += 2
        elif c.isspace():
            out.append(r"\s+")
            while i < len(fmt) and fmt[i].isspace():
                i += 1
        else:
            out.append(re.escape(c))
            i += 1
    m = re.match("(?i)" + "".join(out), data)
    if m is None or m.end() != len(data):
        if m is not None:
            raise ValueError(f"unconverted data remains: {data[m.end():]}")
        raise ValueError(f"time data {data!r} does not match format {fmt!r}")
    g = m.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = us = 0
    tz = None
    if g.get("Y"):
        year = int(g["Y"])
    elif g.get("y"):
        year = int(g["y"])
        year += 2000 if year < 69 else 1900
    if g.get("m"):
        month = int(g["m"])
    elif g.get("B"):
        month = _MONTH_FULL.index(g["B"].lower()) + 1
    elif g.get("b"):
        month = [x[:3] for x in _MONTH_FULL].index(g["b"].lower()) + 1
    if g.get("d"):
        day = int(g["d"])
    if g.get("H"):
        hour = int(g["H"])
    elif g.get("I"):
        hour = int(g["I"]) % 12
        if g.get("p") and g["p"].lower() == "pm":
            hour += 12
    if g.get("M"):
        minute = int(g["M"])
    if g.get("S"):
        second = int(g["S"])
    if g.get("f"):
        us = int(g["f"] + "0" * (6 - len(g["f"])))
    if g.get("j") and not g.get("m"):
        d = date.fromordinal(date(year, 1, 1).toordinal() + int(g["j"]) - 1)
        month, day = d.month, d.day
    if g.get("z"):
        z = g["z"]
        if z == "Z":
            tz = timezone.utc
        else:
            sign = -1 if z[0] == "-" else 1
            z = z[1:].replace(":", "")
            off = timedelta(hours=int(z[:2]), minutes=int(z[2:4]),
                            seconds=int(z[4:6] or 0))
            tz = timezone(sign * off)
    return year, month, day, hour, minute, second, us, tz
