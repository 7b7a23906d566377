# print with sep, end, file and flush
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued", end="!\n")
print(1, 2.5, None, True, [1], (2,), {3: 4}, "s", b"b", sep="|")
print(*range(5))
print(*range(5), sep="-", end=".\n")
print(*[], sep="x")
print("x", sep=None, end=None)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("stdout explicit", file=sys.stdout)
print("multi", "args", "err", sep="+", file=sys.stderr, flush=True)
print("é中😀", "tab\there")
print(end="only end\n")
print("", "")
print(sep="ignored")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("to", "custom", sep="_", end="$", file=w)
print(3, file=w)
print(w.parts)
for kwargs in [{"sep": 5}, {"end": 5}, {"file": 5}, {"bogus": 1}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return "S!"
print(S(), [S()] == [S()], f"{S()}")
print("final", file=None)
