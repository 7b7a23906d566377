import argparse
import sys

p = argparse.ArgumentParser(prog="rename", description="Rename files in a directory tree with a long "
                            "description that needs wrapping across several lines of output text.")
p.add_argument("work_dir", help="the directory")
p.add_argument("old_ext", help="old extension")
p.add_argument("-n", "--count", type=int, default=3, help="how many (default %(default)s)")
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("--mode", choices=["a", "b"], default="a")
p.add_argument("--tag", action="append")
p.add_argument("rest", nargs="*")
p.print_help()
print(p.format_usage(), end="")
for argv in [["d", "x"], ["d", "x", "r1", "-n", "5", "-v", "--tag=t1", "--tag", "t2"],
             ["d", "x", "--count=7", "--mo", "b"], ["-vn4", "d", "x"]]:
    print(p.parse_args(argv))
sys.stderr = sys.stdout
for argv in [[], ["d"], ["d", "x", "-n", "q"], ["d", "x", "--mode", "c"], ["d", "x", "--bogus"],
             ["d", "x", "-n"], ["d", "x", "y", "-v", "z"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
q = argparse.ArgumentParser(prog="tool")
q.add_argument("num", type=float, nargs="?", default=2.5)
g = q.add_mutually_exclusive_group()
g.add_argument("--a", action="store_true")
g.add_argument("--b", action="store_true")
q.add_argument("--level", action="count", default=0)
print(q.parse_args([]), q.parse_args(["4", "--a", "--level", "--level"]))
try:
    q.parse_args(["--a", "--b"])
except SystemExit as e:
    print("exit", e.code)
q.print_help()
print(q.parse_known_args(["1", "--zzz"]))
sys.argv = ["prog.py"]
r = argparse.ArgumentParser()
r.add_argument("x")
r.parse_args()
