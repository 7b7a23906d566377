import sys

total = 0
for i in range(5):
    total += i * i
print("total", total)
print("argv", sys.argv)
print(__name__)
