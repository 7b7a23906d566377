# sys.stdout / sys.stderr interplay with print and write
import sys
out, err = sys.stdout, sys.stderr
print("print line 1")
out.write("write line 2\n")
n = out.write("partial ")
out.write(str(n) + "\n")
err.write("err line 1\n")
print("err line 2", file=err)
print("flush test", flush=True)
out.flush()
err.flush()
print(type(out.write("")).__name__, out.write(""), out.writable() if hasattr(out, "writable") else True)
lines = ["a\n", "b\n", "c\n"]
out.writelines(lines)
print(sys.stdout.encoding.lower().replace("-", "") if sys.stdout.encoding else None)
saved = sys.stdout
class Capture:
    def __init__(self):
        self.buf = []
    def write(self, s):
        self.buf.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
sys.stdout = cap
print("captured", 1, 2)
print("second")
sys.stdout = saved
print("restored", cap.buf, "".join(cap.buf).splitlines())
try:
    out.write(5)
except TypeError as e:
    print(type(e).__name__, e)
print("é中😀 unicode through stdout")
err.write("é unicode through stderr\n")
print("done", file=sys.__stdout__)
