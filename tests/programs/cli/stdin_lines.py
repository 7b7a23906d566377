# Iterating over sys.stdin line by line (stdin_lines.stdin).
import sys

counts = {}
for lineno, line in enumerate(sys.stdin, 1):
    print(lineno, repr(line))
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
