# nested replacement fields inside format specs
for width in (4, 8, 12):
    for align in "<^>":
        print("[{:{a}{w}}]".format("abc", a=align, w=width), "[{0:{1}{2}.{3}f}]".format(3.14159, align, width, 2))
print("{:{}{}{}}".format(42, "*", "^", 9), "{0:{fill}{align}{width}}".format("x", fill="-", align=">", width=5))
print("{:.{prec}}".format("abcdefgh", prec=3), "{:{w}.{p}e}".format(12345.678, w=14, p=3))
print(f"{'abc':{'>'}{10}}", f"{3.14159:.{2}f}", f"{255:{'#'}{'x'}}")
w, p = 10, 4
for v in [1.0, 22.5, -333.125, 4444.0625]:
    print(f"|{v:{w}.{p}f}|{v:<{w}.{p - 2}f}|{v:^{w}}|{v:+{w}.1e}|")
fmt = "{name:{fill}{align}{width}}|{value:{sign}{width},.{prec}f}"
rows = [("alpha", 1234.5), ("beta", -98765.4321), ("gamma", 0.5)]
for name, value in rows:
    print(fmt.format(name=name, value=value, fill=".", align="<", width=12, sign="+", prec=2))
spec = ">8"
print(format("hi", spec), f"{'hi':{spec}}", "{:{}}".format("hi", spec))
try:
    "{:{}{}}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{0:{1:{2}}}".format(1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{:{}}".format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
for n in range(1, 6):
    print("{0:>{1}}{2:<{3}}|".format("#" * n, n + 2, "@" * n, 6 - n + n))
