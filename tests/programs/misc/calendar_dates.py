# date arithmetic by hand: leap years, day of week, day counts, a month calendar
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]
def day_of_week(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7
def ordinal(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + sum(days_in_month(y, k) for k in range(1, m)) + d
NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(2100), is_leap(2024))
for date in [(1970, 1, 1), (2000, 2, 29), (1969, 7, 20), (2024, 12, 25), (1815, 12, 10), (2038, 1, 19)]:
    print(date, NAMES[day_of_week(*date)], ordinal(*date))
print(ordinal(2024, 1, 1) - ordinal(1970, 1, 1), ordinal(2000, 3, 1) - ordinal(2000, 2, 28))
def add_days(y, m, d, n):
    d += n
    while d > days_in_month(y, m):
        d -= days_in_month(y, m)
        m += 1
        if m > 12:
            y, m = y + 1, 1
    while d < 1:
        m -= 1
        if m < 1:
            y, m = y - 1, 12
        d += days_in_month(y, m)
    return y, m, d
print(add_days(2024, 2, 28, 1), add_days(2023, 2, 28, 1), add_days(2023, 12, 31, 1), add_days(2024, 1, 1, -1), add_days(2000, 1, 1, 10000))
def month_calendar(y, m):
    lines = [f"{y}-{m:02d}".center(20), " ".join(n[:2] for n in NAMES)]
    first = day_of_week(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_calendar(2024, 2))
print(month_calendar(2026, 11))
fridays13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if day_of_week(y, m, 13) == 5]
print(len(fridays13), fridays13)
