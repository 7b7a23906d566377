# time: only types and monotonicity
import time
t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
n1 = time.time_ns()
mn1 = time.monotonic_ns()
print(type(t1).__name__, type(m1).__name__, type(p1).__name__, type(n1).__name__, type(mn1).__name__)
print(t1 > 1.6e9, n1 > 1.6e18, abs(n1 / 1e9 - t1) < 5)
total = 0
for i in range(100000):
    total += i
m2 = time.monotonic()
p2 = time.perf_counter()
mn2 = time.monotonic_ns()
print(total, m2 >= m1, p2 >= p1, mn2 >= mn1, p2 - p1 >= 0)
time.sleep(0)
time.sleep(0.01)
p3 = time.perf_counter()
print(p3 - p2 >= 0.009, time.monotonic() >= m2)
readings = [time.monotonic() for _ in range(50)]
print(all(a <= b for a, b in zip(readings, readings[1:])), len(readings))
lt = time.localtime(0) if False else time.gmtime(0)
print(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_yday, tuple(lt)[:6])
g = time.gmtime(86400 * 365)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, time.strftime("%Y-%m-%d %H:%M:%S", g))
print(time.strftime("%j %a %b", time.gmtime(1000000000)), time.gmtime(1000000000)[:6])
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("x")
except TypeError as e:
    print(type(e).__name__, e)
print(type(time.process_time()).__name__, isinstance(time.get_clock_info("monotonic").monotonic, bool))
