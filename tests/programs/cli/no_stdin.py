# Standard input is /dev/null when no .stdin file exists.
import sys

print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
