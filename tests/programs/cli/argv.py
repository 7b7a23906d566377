# sys.argv for a script run with no extra arguments.
import sys

print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith("argv.py"))
print(type(sys.argv).__name__)
