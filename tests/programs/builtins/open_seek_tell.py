# file objects: seek/tell in binary mode, partial reads, 'x' mode, readline sizes
path = "/tmp/krait_test_seek_tell.bin"
with open(path, "wb") as f:
    print(f.tell(), f.write(b"0123456789"), f.tell(), f.write(b"ABCDEF\nline2\nline3"), f.tell())
with open(path, "rb") as f:
    print(f.read(4), f.tell())
    print(f.seek(8), f.read(4), f.tell())
    print(f.seek(-3, 2), f.read(), f.tell())
    print(f.seek(2, 0), f.seek(3, 1), f.read(2), f.tell())
    print(f.seek(0), f.readline(), f.readline(3), f.readline(), f.readline(), f.readline())
    print(f.seek(100), f.read(), f.tell())
with open(path, "r+b") as f:
    f.seek(4)
    f.write(b"xx")
    f.seek(0)
    print(f.read(10))
with open(path, "rb") as f:
    print(f.readlines())
    print(f.read(), f.readable(), f.writable(), f.seekable())
with open(path, "w") as f:
    f.write("text mode\nsecond\n")
with open(path) as f:
    print(repr(f.read(4)), f.readable(), f.writable(), repr(f.readline()), repr(f.read()))
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(path, "a+") as f:
    f.write("appended\n")
    f.seek(0)
    print(f.read().splitlines())
try:
    with open(path, "rb") as f:
        f.write(b"no")
except OSError as e:
    print(type(e).__name__, e)
try:
    with open(path) as f:
        f.seek(0, 5)
except (ValueError, OSError) as e:
    print(type(e).__name__, e)
with open(path, "w") as f:
    pass
