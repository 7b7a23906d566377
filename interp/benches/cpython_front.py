#!/usr/bin/env python3
"""Times CPython's compile() (tokenize + parse + compile to bytecode) on the
file the Krait `front` criterion bench writes, for a throughput ratio.

Usage: python3 interp/benches/cpython_front.py [/tmp/krait_front_bench.py]
Prints the interpreter used, the best of 5 runs and bytes/s."""
import sys
import time
import warnings

path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/krait_front_bench.py"
with open(path, encoding="utf-8", newline="") as f:
    src = f.read()
size = len(src.encode("utf-8"))
warnings.simplefilter("ignore")  # SyntaxWarnings would cost printing time
best = None
for _ in range(5):
    t = time.perf_counter()
    compile(src, path, "exec")
    dt = time.perf_counter() - t
    best = dt if best is None else min(best, dt)
print("python: %s" % sys.executable)
print("input: %d bytes" % size)
print("best of 5: %.4f s  (%.2f MB/s)" % (best, size / best / 1e6))
