# Reading all of standard input (from read_stdin.stdin).
import sys

data = sys.stdin.read()
print(repr(data[:20]))
lines = data.splitlines()
print(len(lines), "lines")
numbers = [int(x) for line in lines for x in line.split() if x.lstrip("-").isdigit()]
print("numbers:", numbers, "sum:", sum(numbers))
words = sorted({w for line in lines for w in line.split() if w.isalpha()})
print("words:", words)
print(repr(sys.stdin.read()))
