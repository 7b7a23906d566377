# Python half of the built-in `time` module, run in the module's namespace
# once the native functions (time, sleep, _localzone, ...) are in place:
# struct_time, gmtime/localtime/mktime, asctime/ctime and strftime.


class struct_time(tuple):
    """The time value sequence returned by gmtime() and localtime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
               "tm_wday", "tm_yday", "tm_isdst")

    def __new__(cls, seq, zone=None, gmtoff=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(
                f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
        if len(seq) > 11:
            raise TypeError(
                f"time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:]
        self._zone = extra[0] if len(extra) > 0 else zone
        self._gmtoff = extra[1] if len(extra) > 1 else gmtoff
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self))
        return f"time.struct_time({inner})"

    def __reduce__(self):
        return (struct_time, (tuple(self),))


struct_time.__module__ = "time"

_DAYS_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _civil(days):
    # Days since 1970-01-01 -> (year, month, day); Howard Hinnant's algorithm.
    z = days + 719468
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


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    mp = m - 3 if m > 2 else m + 9
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _split(secs, zone, gmtoff, isdst):
    days, rem = divmod(secs, 86400)
    y, m, d = _civil(days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    yday = _DAYS_BEFORE[m - 1] + d + (m > 2 and _is_leap(y))
    return struct_time((y, m, d, hh, mm, ss, wday, yday, isdst), zone, gmtoff)


def _seconds(secs, name):
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        return int(secs // 1)
    if not isinstance(secs, int):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    return secs


def gmtime(secs=None):
    """Convert seconds since the Epoch to a UTC time tuple."""
    return _split(_seconds(secs, "gmtime"), "GMT", 0, 0)


def localtime(secs=None):
    """Convert seconds since the Epoch to a local time tuple."""
    s = _seconds(secs, "localtime")
    off, zone, dst = _localzone(s)
    return _split(s + off, zone, off, dst)


def mktime(t):
    """Convert a local time tuple to seconds since the Epoch (a float)."""
    t = tuple(t)
    if len(t) != 9:
        raise TypeError("mktime(): illegal time tuple argument")
    y, mo, d, hh, mi, ss = t[:6]
    mo -= 1
    y += mo // 12
    mo = mo % 12 + 1
    local = _days_from_civil(y, mo, 1) + d - 1
    local = local * 86400 + hh * 3600 + mi * 60 + ss
    off = _localzone(local)[0]
    off = _localzone(local - off)[0]
    return float(local - off)


def asctime(t=None):
    """Convert a time tuple to a string like 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    return "%s %s %2d %02d:%02d:%02d %d" % (
        _DAY_NAMES[t[6]][:3], _MONTH_NAMES[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    """Convert seconds since the Epoch to a local time string."""
    return asctime(localtime(secs))


def _iso_weeks_in(y):
    def p(x):
        return (x + x // 4 - x // 100 + x // 400) % 7
    return 53 if p(y) == 4 or p(y - 1) == 3 else 52


def _iso_week(y, yday, iso_wday):
    # ISO 8601 (year, week) of day `yday` (1-based) of year y, Monday = 1.
    wk = (yday - iso_wday + 10) // 7
    if wk < 1:
        return y - 1, _iso_weeks_in(y - 1)
    if wk > _iso_weeks_in(y):
        return y + 1, 1
    return y, wk


def strftime(format, t=None):
    """Format a time tuple as a string (C locale)."""
    if t is None:
        t = localtime()
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    y, mo, d, hh, mi, ss, wd, yd = t[:8]
    zone = getattr(t, "tm_zone", None)
    gmtoff = getattr(t, "tm_gmtoff", None)
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == "Y":
            out.append(str(y))
        elif f == "m":
            out.append("%02d" % mo)
        elif f == "d":
            out.append("%02d" % d)
        elif f == "H":
            out.append("%02d" % hh)
        elif f == "M":
            out.append("%02d" % mi)
        elif f == "S":
            out.append("%02d" % ss)
        elif f == "y":
            out.append("%02d" % (y % 100))
        elif f == "C":
            out.append("%02d" % (y // 100))
        elif f == "a":
            out.append(_DAY_NAMES[wd][:3])
        elif f == "A":
            out.append(_DAY_NAMES[wd])
        elif f in "bh":
            out.append(_MONTH_NAMES[mo - 1][:3])
        elif f == "B":
            out.append(_MONTH_NAMES[mo - 1])
        elif f == "I":
            out.append("%02d" % ((hh + 11) % 12 + 1))
        elif f == "l":
            out.append("%2d" % ((hh + 11) % 12 + 1))
        elif f == "k":
            out.append("%2d" % hh)
        elif f == "p":
            out.append("AM" if hh < 12 else "PM")
        elif f == "j":
            out.append("%03d" % yd)
        elif f == "e":
            out.append("%2d" % d)
        elif f == "w":
            out.append(str((wd + 1) % 7))
        elif f == "u":
            out.append(str(wd + 1))
        elif f == "U":
            out.append("%02d" % ((yd - 1 + 7 - (wd + 1) % 7) // 7))
        elif f == "W":
            out.append("%02d" % ((yd - 1 + 7 - wd) // 7))
        elif f in "GgV":
            iy, iw = _iso_week(y, yd, wd + 1)
            out.append(str(iy) if f == "G" else "%02d" % (iy % 100) if f == "g" else "%02d" % iw)
        elif f == "c":
            out.append(asctime(t))
        elif f == "x":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif f == "D":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif f == "X" or f == "T":
            out.append("%02d:%02d:%02d" % (hh, mi, ss))
        elif f == "R":
            out.append("%02d:%02d" % (hh, mi))
        elif f == "r":
            out.append("%02d:%02d:%02d %s" % ((hh + 11) % 12 + 1, mi, ss, "AM" if hh < 12 else "PM"))
        elif f == "F":
            out.append("%d-%02d-%02d" % (y, mo, d))
        elif f == "n":
            out.append("\n")
        elif f == "t":
            out.append("\t")
        elif f == "%":
            out.append("%")
        elif f == "Z":
            out.append(zone if zone is not None else tzname[0])
        elif f == "z":
            off = gmtoff if gmtoff is not None else -timezone
            sign = "-" if off < 0 else "+"
            off = abs(off)
            out.append("%s%02d%02d" % (sign, off // 3600, off // 60 % 60))
        elif f == "s":
            out.append(str(int(mktime(t))))
        else:
            out.append("%" + f)
    return "".join(out)


def _init_zone():
    import_time = int(time())
    off, zone, _dst = _localzone(import_time)
    return -off, (zone, zone)


timezone, tzname = _init_zone()
altzone = timezone
daylight = 0
del _init_zone


class _ClockInfo:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({inner})"


def get_clock_info(name):
    """Implementation details of the named clock."""
    info = {
        "time": ("clock_gettime(CLOCK_REALTIME)", False, True, 1e-09),
        "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09),
        "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09),
        "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False, 1e-09),
        "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False, 1e-09),
    }.get(name)
    if info is None:
        raise ValueError("unknown clock")
    return _ClockInfo(implementation=info[0], monotonic=info[1], adjustable=info[2],
                      resolution=info[3])
