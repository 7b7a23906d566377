import io
import sys

s = io.StringIO()
print("hello", file=s)
s.write("world")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()))
s.truncate(4)
print(repr(s.getvalue()))
t = io.StringIO("line1\nline2\nline3")
print(list(t))
t.seek(0)
print(t.readlines())
with io.StringIO("abc") as u:
    print(u.read(2), u.closed)
print(u.closed)
try:
    u.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)
b = io.BytesIO(b"ab")
b.seek(0, 2)
b.write(b"cd")
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(3), b.readline())
old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", 42)
sys.stdout = old
print(repr(buf.getvalue()))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
