# open(): write a file in /tmp, read back in text and binary modes
path = "/tmp/krait_test_open_files.txt"
with open(path, "w") as f:
    n1 = f.write("first line\n")
    n2 = f.write("second line é\n")
    f.write("third\n")
    f.writelines(["fourth\n", "fifth"])
print(n1, n2, f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(4)), repr(f.readline()))
with open(path, "r") as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))
with open(path) as f:
    print(f.readlines())
with open(path, "rb") as f:
    raw = f.read()
print(raw, len(raw), type(raw).__name__)
with open(path, "a") as f:
    f.write("\nappended")
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(path, "wb") as f:
    f.write(bytes(range(250, 256)) + b"\n\x00end")
with open(path, "rb") as f:
    print(f.read(3), f.read(), f.read())
with open(path, "rb") as f:
    print(list(f))
f = open(path, "w")
print(f.closed, f.mode, f.name == path)
f.write("x")
f.close()
print(f.closed)
try:
    f.write("y")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open("/tmp/krait_no_such_dir/missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open(path, "rz")
except ValueError as e:
    print(type(e).__name__, e)
with open(path, "w") as f:
    print("via print", 42, file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()), f.readline() == "")
