# print() keyword arguments and flushing.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], {"k": 1}, (1,), sep=";")
print("flushed", flush=True)
print(*range(5), sep="\n")
print("", end="")
print("tab\tseparated", "x", sep="\t")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
print("to explicit stdout", file=sys.stdout)
print("to None file", file=None)
