#!/usr/bin/env python3
"""Regenerate bench/expected/NAME.txt: each program's stdout under CPython at its test size.

Usage: python3 bench/gen_expected.py [NAME ...]

Sizes come from bench/sizes.txt (NAME TEST_SIZE BENCH_SIZE). CPython 3.11 is the
specification, so the expected files must always come from this script, never from krait.
"""

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def read_sizes():
    sizes = {}
    for line in (BENCH / "sizes.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, test_size, bench_size = line.split()
            sizes[name] = (test_size, bench_size)
    return sizes


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"gen_expected.py must run under CPython 3.11, not {sys.version.split()[0]}")
    sizes = read_sizes()
    names = sys.argv[1:] or sorted(sizes)
    out_dir = BENCH / "expected"
    out_dir.mkdir(exist_ok=True)
    for name in names:
        if name not in sizes:
            sys.exit(f"unknown benchmark {name!r} (not in sizes.txt)")
        program = BENCH / "programs" / f"{name}.py"
        result = subprocess.run(
            [sys.executable, str(program), sizes[name][0]],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            sys.exit(f"{name} failed:\n{result.stderr}")
        (out_dir / f"{name}.txt").write_text(result.stdout)
        print(f"{name}: {len(result.stdout.splitlines())} lines")


if __name__ == "__main__":
    main()
