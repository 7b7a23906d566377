# datetime: timedelta normalization and arithmetic, date/time/datetime
# constructors, reprs, str, isoformat, strftime, fromisoformat, timezones.
import datetime
from datetime import date, time, datetime as dt, timedelta, timezone, UTC

# timedelta
for td in [timedelta(0), timedelta(days=1, seconds=5), timedelta(days=-1, seconds=5, microseconds=3),
           timedelta(hours=-1), timedelta(weeks=2, minutes=3.5), timedelta(1.5),
           timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(milliseconds=-1),
           timedelta(days=-2, microseconds=3), timedelta(seconds=86399.9999999)]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a = timedelta(days=1, hours=2)
b = timedelta(hours=5, microseconds=7)
print(a + b, a - b, b - a, -a, abs(-a), a * 3, 3 * a, a * 0.3, a / 7, a / 2.5)
print(a / b, a // b, a % b, divmod(a, b), a // 3)
print(a > b, a == timedelta(hours=26), a != b, bool(timedelta(0)), hash(a) == hash(timedelta(hours=26)))
print(timedelta.min, timedelta.max, timedelta.resolution)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print("OverflowError", e)
try:
    timedelta("1")
except TypeError as e:
    print("TypeError", e)

# date
d = date(2020, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), d.isocalendar().week, d.ctime(), d.isoformat())
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), date.fromordinal(730000))
print(d.replace(day=1), d.replace(year=2021, day=28), date.fromisoformat("2021-03-04"), date.fromisoformat("20210304"))
print(date.fromisocalendar(2020, 53, 5), date(2021, 1, 3).isocalendar(), date(2018, 12, 31).isocalendar())
print(d.strftime("%Y/%m/%d %a %A %b %B %j %U %W %y %%"), format(d, "%d.%m"), f"{d}", f"{d:%Y}")
print(d.timetuple())
print(d < date(2021, 1, 1), d == date(2020, 2, 29), sorted([date(2020, 1, 3), date(2019, 5, 5), d]))
print(date.min, date.max, date.resolution)
for args in [(2020, 13, 1), (2021, 2, 29), (0, 1, 1), (2020, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    date(2020.0, 1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    date.fromisoformat("2020-1-1")
except ValueError as e:
    print("ValueError", e)
try:
    date(9999, 12, 31) + timedelta(days=1)
except OverflowError as e:
    print("OverflowError", e)
count = sum(1 for y in range(1901, 2001) for m in range(1, 13) if date(y, m, 1).weekday() == 6)
print("sundays", count)

# time
for t in [time(), time(1, 2), time(1, 2, 3), time(1, 2, 3, 400), time(23, 59, tzinfo=timezone.utc)]:
    print(repr(t), str(t), t.isoformat(timespec="minutes"))
print(time(12, 30).strftime("%H:%M:%S %p %I"), time.fromisoformat("10:11:12.5"), time(1) < time(2))
try:
    time(24)
except ValueError as e:
    print("ValueError", e)

# datetime
x = dt(2007, 4, 8, 13, 5, 9, 120, tzinfo=timezone.utc)
print(repr(x), str(x), x.isoformat(), x.isoformat(" ", "seconds"), x.date(), x.time(), x.timetz())
print(repr(dt(2020, 1, 1)), repr(dt(2020, 1, 1, 0, 0, 5)), str(dt(2020, 1, 1, 12)))
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %z %Z"), x.timestamp(), x.utcoffset(), x.tzname(), x.dst())
print(dt(2021, 3, 22, tzinfo=UTC) + timedelta(days=28), dt(2020, 3, 1) - dt(2020, 2, 1))
print(dt(2020, 1, 1, 23, 30) + timedelta(hours=1), dt(2020, 1, 1) - timedelta(microseconds=1))
print(dt.fromtimestamp(0, timezone.utc), dt.fromtimestamp(1700000000.5, UTC), dt.utcfromtimestamp(86400))
print(dt.fromisoformat("2011-11-04T00:05:23+04:00"), dt.fromisoformat("2011-11-04 00:05:23.283"),
      dt.fromisoformat("2011-11-04"), dt.fromisoformat("2011-11-04T00:05:23Z"))
print(dt.strptime("2023-07-04 15:30:01", "%Y-%m-%d %H:%M:%S"), dt.strptime("04 Jul 2023", "%d %b %Y"))
print(dt.combine(date(2020, 5, 17), time(8, 30)), dt(2020, 5, 17).replace(hour=3, tzinfo=UTC))
tz5 = timezone(timedelta(hours=5, minutes=30), "IST")
y = x.astimezone(tz5)
print(repr(y), y, y == x, y - x, hash(y) == hash(x))
print(repr(timezone(timedelta(hours=-3))), str(timezone(timedelta(hours=-3))), repr(tz5), str(tz5))
print(repr(timezone.utc), timezone(timedelta(0)) is timezone.utc, timezone.min, timezone.max)
print(dt(2020, 1, 1) == dt(2020, 1, 1, tzinfo=UTC), dt(2020, 1, 1) < dt(2020, 1, 2))
try:
    dt(2020, 1, 1) < dt(2020, 1, 2, tzinfo=UTC)
except TypeError as e:
    print("TypeError", e)
try:
    dt(2020, 1, 1) - dt(2020, 1, 2, tzinfo=UTC)
except TypeError as e:
    print("TypeError", e)
print(isinstance(x, date), dt(2020, 1, 1) == date(2020, 1, 1), dt.min, dt.max)
print(type(dt.now()).__name__, dt.now(UTC).tzinfo, date.today() <= dt.now().date())
print(x.timetuple(), dt(2020, 12, 31).isocalendar(), x.ctime())
print(dt(2024, 1, 15, 9, 5).strftime("%c | %x | %X | %I%p | %e"))


class My(datetime.tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=-7)

    def dst(self, d):
        return timedelta(0)

    def tzname(self, d):
        return "MST"


z = dt(2020, 6, 1, 12, tzinfo=My())
print(z.isoformat(), z.tzname(), z.astimezone(UTC), z.strftime("%z %Z"))
