# Output printed before an uncaught exception must all appear, in order.
import sys

for i in range(5):
    print("line", i)
print("to stderr", file=sys.stderr)
sys.stdout.write("no newline at the end")
x = None
x.attribute
