# Catching SystemExit, inspecting it, then exiting with another status.
import sys

for code in [0, 1, 42, "text", None, [1, 2]]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), "->", repr(e.code), e.args)
try:
    raise SystemExit(7, "extra")
except SystemExit as e:
    print("two args code:", e.code)
print(issubclass(SystemExit, Exception), isinstance(SystemExit(), BaseException))
sys.exit(2)
