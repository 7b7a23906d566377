# input() with stdin at EOF (stdin is /dev/null), uncaught at the end
import sys
print("stdin isatty:", sys.stdin.isatty())
data = sys.stdin.read()
print(repr(data), len(data))
try:
    input()
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(sys.stdin.readline() == "", list(sys.stdin) == [])
print("now uncaught")
value = input()
print("unreachable", value)
