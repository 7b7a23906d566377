# Writing to stderr with print(file=...) and sys.stderr.write; exit status 0.
import sys

print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stderr.write("raw stderr write\n")
print("to stdout 2")
print("multiple", "args", sep=", ", end="!\n", file=sys.stderr)
sys.stdout.write("stdout write without newline")
sys.stdout.flush()
sys.stderr.flush()
