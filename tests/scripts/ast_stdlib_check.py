#!/usr/bin/env python3
"""Compares Krait's parser with CPython's ast module over a tree of .py files.

Runs the astdump example binary (interp/examples/astdump.rs: prints
"=== PATH" then ast.dump text or "ERR Kind|line|offset|msg" per file) over
every .py file under ROOT (default: the CPython 3.11 stdlib incl. test/),
compares with ast.dump(ast.parse(...)) / the SyntaxError CPython raises, and
prints the percentage equal and the first N failures. Not run by CI.

usage: ast_stdlib_check.py [--bin PATH] [--root DIR] [--show N] [--diff]
"""
import argparse
import ast
import os
import subprocess
import sys
import warnings

LOCATIONS = False


def expected(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.dump(ast.parse(src, path), include_attributes=LOCATIONS)
    except SyntaxError as e:
        return "ERR %s|%s|%s" % (type(e).__name__, e.lineno, e.msg)
    except (ValueError, MemoryError, RecursionError) as e:
        return "ERR %s" % type(e).__name__

def expected_tokens(path):
    """What `python3 -m tokenize path` prints, or ERR if it fails."""
    import io
    import tokenize
    out = io.StringIO()
    try:
        with open(path, "rb") as f:
            for tok in tokenize.tokenize(f.readline):
                r = "%d,%d-%d,%d:" % (tok.start + tok.end)
                out.write("%-20s%-15s%-15r\n" % (r, tokenize.tok_name[tok.type], tok.string))
    except (tokenize.TokenError, SyntaxError, UnicodeDecodeError):
        return "ERR"
    return out.getvalue().rstrip("\n")


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(repo, "target")), "release", "examples", "astdump"))
    ap.add_argument("--root", default="/root/.pyenv/versions/3.11.7/lib/python3.11")
    ap.add_argument("--show", type=int, default=10)
    ap.add_argument("--diff", action="store_true", help="show where dumps first differ")
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--locations", action="store_true", help="compare dumps with node locations")
    ap.add_argument("--tokens", action="store_true", help="compare `krait tokens` listings instead of ASTs")
    ap.add_argument("--skip-surrogates", action="store_true", help="do not show failures involving lone surrogates")
    args = ap.parse_args()
    global LOCATIONS
    LOCATIONS = args.locations
    files = []
    for d, _, names in os.walk(args.root):
        for n in sorted(names):
            if n.endswith(".py"):
                files.append(os.path.join(d, n))
    files.sort()
    got = {}
    for i in range(0, len(files), 200):
        chunk = files[i:i + 200]
        flags = ["--tokens"] if args.tokens else ["--locations"] if args.locations else []
        out = subprocess.run([args.bin] + flags + chunk, capture_output=True, text=True, errors="replace").stdout
        cur = None
        for line in out.split("\n"):
            if line.startswith("=== ") and line[4:] in chunk:
                cur = line[4:]
                got[cur] = []
            elif cur is not None:
                got[cur].append(line)
    ok = 0
    fails = []
    cache_path = "/tmp/ast_stdlib_check.cache"
    try:
        import pickle
        with open(cache_path, "rb") as f:
            cache = pickle.load(f)
    except Exception:
        cache = {}
    for p in files:
        if args.tokens:
            exp = expected_tokens(p)
            if exp == "ERR":
                continue
        else:
            key = (p, os.stat(p).st_mtime, args.locations)
            exp = cache.get(key)
            if exp is None:
                exp = cache[key] = expected(p)
        g = "\n".join(got.get(p, ["<no output>"])).rstrip("\n")
        if g.startswith("ERR "):
            # Compare kind, line and message only.
            parts = g[4:].split("|", 3)
            g = "ERR %s|%s|%s" % (parts[0], parts[1], parts[3]) if len(parts) == 4 else g
            if exp.startswith("ERR ") and exp.count("|") == 0:
                g = "ERR " + parts[0]
        if g == exp:
            ok += 1
        else:
            fails.append((p, exp, g))
    try:
        import pickle
        with open(cache_path, "wb") as f:
            pickle.dump(cache, f)
    except Exception:
        pass
    total = ok + len(fails)
    print("%d/%d equal (%.2f%%)" % (ok, total, 100.0 * ok / max(1, total)))
    shown = [f for f in fails if not (args.skip_surrogates and ("\\ud" in f[1]))]
    for p, exp, g in shown[:args.show]:
        print("FAIL", p)
        if args.diff and not exp.startswith("ERR") and not g.startswith("ERR"):
            k = next((i for i in range(min(len(exp), len(g))) if exp[i] != g[i]), min(len(exp), len(g)))
            print("   expected: ...%s" % exp[max(0, k - 150):k + 100])
            print("   got:      ...%s" % g[max(0, k - 150):k + 100])
        else:
            print("   expected:", exp[:300])
            print("   got:     ", g[:300])
    if args.summary:
        sur = sum(1 for _, exp, _ in fails if "\\ud" in exp or "\\udc" in exp)
        print("failures with lone surrogates in the expected dump: %d" % sur)

if __name__ == "__main__":
    main()
