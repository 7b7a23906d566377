#!/usr/bin/env python3
"""Run external corpora of small Python programs under CPython and krait.

A corpus is a directory holding a checkout (or a copy) of some repository of
small programs plus a manifest, `programs.txt`, listing the programs that
belong to the corpus (paths relative to the corpus directory, one per line).
Corpora are NOT committed: they live outside the repository (for example
/work/corpora/<name>/) and are rebuilt from their source repositories with
the `select` command.

Commands:

    tests/scripts/corpus.py select RAW_DIR OUT_DIR [-j N]
        Copy RAW_DIR (a checkout of some repository) to OUT_DIR and write
        OUT_DIR/programs.txt with the .py files that qualify as standalone
        programs: python3 runs them (cwd = their directory, stdin /dev/null,
        PYTHONHASHSEED=0, 5 s timeout, `-S` so site-packages are not found)
        to exit status 0, or to a nonzero status that is not a missing module,
        a missing file or the end of standard input; they create no files;
        their output does not name files of CPython's own library; and a
        second run gives the same stdout, exit status and last stderr line.  Programs that import
        network, GUI or process modules are skipped without running them.

    tests/scripts/corpus.py run CORPUS_DIR... [--krait BIN] [-j N]
                                              [--jit MODE] [--show N]
                                              [--failures FILE] [--only SUBSTR]
        Run every program of each corpus under python3 (the expected result,
        cached as <program>.expected next to it, rebuilt when the .py changes)
        and under krait (default: $KRAIT_BIN, else
        $CARGO_TARGET_DIR/release/krait), each with cwd = the program's
        directory, stdin /dev/null, PYTHONHASHSEED=0 and a 10 s timeout.
        Every program is classified as
          pass     same stdout and exit status (and, when the status is
                   nonzero, the same last stderr line);
          fail     anything else;
          timeout  krait did not finish in time;
          CRASH    krait was killed by a signal, or its stderr mentions
                   "panicked", "RUST_BACKTRACE" or "SystemError".
        Prints the pass rate of each corpus, then the failure reasons grouped
        into buckets (the last stderr line of krait with numbers normalized,
        or "stdout differs" etc.), biggest first, with example programs.
        --failures FILE writes one "<status> <corpus>/<program> :: <reason>"
        line per non-passing program.  Exit status 1 if any program crashed.

Example:

    export CARGO_TARGET_DIR=/work/target-corpus
    cargo build --release --bin krait
    tests/scripts/corpus.py run /work/corpora/* -j2
"""

import argparse
import collections
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

SELECT_TIMEOUT = 5
RUN_TIMEOUT = 10
MANIFEST = "programs.txt"
MAX_OUTPUT = 1 << 20

# Modules whose use makes a program unsuitable (network, GUI, processes, terminal).
UNSUITABLE_IMPORTS = re.compile(
    r"^\s*(?:import|from)\s+(tkinter|Tkinter|turtle|socket|urllib|http|requests|"
    r"webbrowser|smtplib|ftplib|subprocess|multiprocessing|getpass|curses|pygame|"
    r"telnetlib|imaplib|poplib|ssl|winsound|msvcrt|tty|termios)\b",
    re.M,
)
UNSUITABLE_CALLS = re.compile(r"\bos\.(system|popen|fork|exec\w*|spawn\w*|remove|unlink|mkdir)\b")
# Last stderr lines that mean "this program needs something we do not give it".
UNSUITABLE_ERRORS = re.compile(
    r"^(ModuleNotFoundError|ImportError|EOFError|FileNotFoundError|"
    r"KeyboardInterrupt|PermissionError|IsADirectoryError|NotADirectoryError)\b"
)
CRASH_MARKERS = ("panicked", "RUST_BACKTRACE", "SystemError")
STDLIB_DIR = os.path.dirname(os.__file__)


def env():
    e = dict(os.environ)
    e["PYTHONHASHSEED"] = "0"
    e["PYTHONDONTWRITEBYTECODE"] = "1"
    e.pop("PYTHONPATH", None)
    e.pop("PYTHONSTARTUP", None)
    return e


def run(cmd, cwd, timeout):
    """Run cmd; return (exit status or None on timeout, stdout bytes, stderr bytes)."""
    try:
        p = subprocess.run(
            cmd,
            cwd=cwd,
            env=env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=timeout,
        )
        return p.returncode, p.stdout[:MAX_OUTPUT], p.stderr[-MAX_OUTPUT:]
    except subprocess.TimeoutExpired as e:
        return None, (e.stdout or b"")[:MAX_OUTPUT], (e.stderr or b"")[-MAX_OUTPUT:]


def last_line(data):
    lines = [line for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def tree_snapshot(d):
    try:
        return set(os.listdir(d)) - {"__pycache__"}
    except OSError:
        return set()


# ---------------------------------------------------------------- select


def select_one(out_dir, rel):
    path = os.path.join(out_dir, rel)
    try:
        with open(path, "rb") as f:
            src = f.read().decode("utf-8", "replace")
    except OSError:
        return None
    if UNSUITABLE_IMPORTS.search(src) or UNSUITABLE_CALLS.search(src) or "input(" in src:
        return None
    cwd = os.path.dirname(path)
    before = tree_snapshot(cwd)
    # -S: without site-packages, a third-party import fails and drops the program.
    cmd = [sys.executable, "-S", "-X", "utf8", os.path.basename(path)]
    first = run(cmd, cwd, SELECT_TIMEOUT)
    created = tree_snapshot(cwd) - before
    for name in created:
        p = os.path.join(cwd, name)
        shutil.rmtree(p, ignore_errors=True) if os.path.isdir(p) else os.remove(p)
    if created or first[0] is None or first[0] < 0 or len(first[1]) >= MAX_OUTPUT:
        return None
    if first[0] != 0 and (UNSUITABLE_ERRORS.match(last_line(first[2])) or not first[2]):
        return None
    # Output naming CPython's own library files (a traceback through doctest.py,
    # say) depends on the installation, not on the program.
    if STDLIB_DIR.encode() in first[1] or STDLIB_DIR in last_line(first[2]):
        return None
    second = run(cmd, cwd, SELECT_TIMEOUT)
    if second[0] != first[0] or second[1] != first[1]:
        return None
    if first[0] != 0 and last_line(first[2]) != last_line(second[2]):
        return None
    return rel


def cmd_select(args):
    raw, out = os.path.abspath(args.raw), os.path.abspath(args.out)
    if os.path.exists(out):
        sys.exit(f"{out} exists; remove it first")
    shutil.copytree(raw, out, symlinks=True)
    candidates = []
    for root, dirs, files in os.walk(out):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.endswith(".py") and f != "__init__.py" and f != "setup.py" and f != "conftest.py":
                candidates.append(os.path.relpath(os.path.join(root, f), out))
    # Programs in one directory run one at a time (they may share files).
    by_dir = collections.defaultdict(list)
    for rel in candidates:
        by_dir[os.path.dirname(rel)].append(rel)

    def select_dir(rels):
        return [r for r in rels if select_one(out, r)]

    kept = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for done, res in enumerate(pool.map(select_dir, by_dir.values()), 1):
            kept.extend(res)
            print(f"\r{done}/{len(by_dir)} directories, {len(kept)} programs", end="", file=sys.stderr)
    print(file=sys.stderr)
    kept.sort()
    with open(os.path.join(out, MANIFEST), "w") as f:
        f.write("".join(r + "\n" for r in kept))
    print(f"{out}: {len(kept)} of {len(candidates)} .py files kept")


# ---------------------------------------------------------------- run


def expected_for(corpus, rel):
    """CPython's result for a program, cached in <program>.expected."""
    path = os.path.join(corpus, rel)
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    cache = path[:-3] + ".expected"
    try:
        with open(cache) as f:
            data = json.load(f)
        if data.get("sha256") == digest:
            return data
    except (OSError, ValueError):
        pass
    status, out, err = run([sys.executable, "-X", "utf8", os.path.basename(path)], os.path.dirname(path), RUN_TIMEOUT)
    data = {
        "sha256": digest,
        "exit": status,
        "stdout": out.decode("utf-8", "surrogateescape"),
        "stderr_last": last_line(err),
    }
    with open(cache, "w") as f:
        json.dump(data, f)
    return data


def bucket_of(line):
    """Group similar failure messages: numbers and long literals normalized."""
    line = re.sub(r"0x[0-9a-fA-F]+", "0x?", line)
    line = re.sub(r"\d+", "N", line)
    m = re.match(r"(\w+(?:\.\w+)*(?:Error|Exception|Warning|Exit|Interrupt|Iteration)):(.*)", line)
    if not m:
        return line[:120]
    kind, msg = m.group(1), m.group(2).strip()
    if kind in ("ModuleNotFoundError", "ImportError", "AttributeError", "NameError", "NotImplementedError"):
        return f"{kind}: {msg[:120]}"
    if kind == "TypeError":
        return f"{kind}: {msg[:90]}"
    return f"{kind}: {re.sub(chr(39) + '[^' + chr(39) + ']*' + chr(39), '?', msg)[:80]}"


def classify(corpus, rel, krait, jit):
    exp = expected_for(corpus, rel)
    path = os.path.join(corpus, rel)
    cmd = [krait] + (["--jit", jit] if jit else []) + [os.path.basename(path)]
    status, out, err = run(cmd, os.path.dirname(path), RUN_TIMEOUT)
    err_text = err.decode("utf-8", "replace")
    if status is not None and status < 0:
        return "CRASH", f"killed by signal {-status}"
    for marker in CRASH_MARKERS:
        if marker in err_text:
            line = next((ln for ln in err_text.splitlines() if marker in ln), marker)
            return "CRASH", line.strip()[:150]
    if status is None:
        return "timeout", "timeout"
    got_out = out.decode("utf-8", "surrogateescape")
    got_last = last_line(err)
    same_out = got_out == exp["stdout"]
    if same_out and status == exp["exit"] and (status == 0 or got_last == exp["stderr_last"]):
        return "pass", ""
    if status != 0 and got_last != exp["stderr_last"]:
        return "fail", bucket_of(got_last)
    if status != exp["exit"]:
        if status == 0:
            return "fail", "expected " + bucket_of(exp["stderr_last"]).split(":")[0] + ", none raised"
        return "fail", f"exit status {status} instead of {exp['exit']}"
    return "fail", "stdout differs"


def cmd_run(args):
    krait = args.krait or os.environ.get("KRAIT_BIN")
    if not krait:
        target = os.environ.get("CARGO_TARGET_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "target"))
        krait = os.path.join(target, "release", "krait")
    krait = os.path.abspath(krait)
    if not os.path.exists(krait):
        sys.exit(f"no krait binary at {krait}")
    jobs = []
    for corpus in args.corpora:
        corpus = os.path.abspath(corpus)
        with open(os.path.join(corpus, MANIFEST)) as f:
            for rel in f.read().splitlines():
                if not args.only or args.only in rel:
                    jobs.append((corpus, rel))
    results = collections.defaultdict(list)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futs = {pool.submit(classify, c, r, krait, args.jit): (c, r) for c, r in jobs}
        for n, fut in enumerate(concurrent.futures.as_completed(futs), 1):
            corpus, rel = futs[fut]
            results[corpus].append((rel,) + fut.result())
            if sys.stderr.isatty():
                print(f"\r{n}/{len(jobs)}", end="", file=sys.stderr)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    buckets = collections.defaultdict(list)
    crashes = 0
    lines = []
    for corpus in sorted(results):
        rs = sorted(results[corpus])
        counts = collections.Counter(status for _, status, _ in rs)
        crashes += counts["CRASH"]
        name = os.path.basename(corpus)
        print(
            f"{name}: {counts['pass']}/{len(rs)} pass ({100.0 * counts['pass'] / max(len(rs), 1):.1f}%), "
            f"{counts['fail']} fail, {counts['timeout']} timeout, {counts['CRASH']} CRASH"
        )
        for rel, status, reason in rs:
            if status != "pass":
                key = reason if status == "fail" else f"{status}: {reason}"
                buckets[key].append(f"{name}/{rel}")
                lines.append(f"{status} {name}/{rel} :: {reason}\n")
    print(f"\nfailure reasons ({sum(map(len, buckets.values()))} programs, {len(buckets)} buckets):")
    for key, progs in sorted(buckets.items(), key=lambda kv: (-len(kv[1]), kv[0]))[: args.show]:
        print(f"{len(progs):5}  {key}")
        print(f"         e.g. {', '.join(progs[:2])}")
    if args.failures:
        with open(args.failures, "w") as f:
            f.writelines(lines)
    print(f"\ncrashes: {crashes}")
    return 1 if crashes else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sp = sub.add_parser("select", help="build a corpus from a checkout")
    sp.add_argument("raw")
    sp.add_argument("out")
    sp.add_argument("-j", "--jobs", type=int, default=2)
    rp = sub.add_parser("run", help="run corpora under python3 and krait")
    rp.add_argument("corpora", nargs="+")
    rp.add_argument("--krait")
    rp.add_argument("--jit", help="pass --jit MODE to krait")
    rp.add_argument("-j", "--jobs", type=int, default=2)
    rp.add_argument("--show", type=int, default=40, help="number of failure buckets to print")
    rp.add_argument("--failures", help="write the non-passing programs to this file")
    rp.add_argument("--only", help="only programs whose path contains this")
    args = ap.parse_args()
    if args.cmd == "select":
        cmd_select(args)
        return 0
    return cmd_run(args)


if __name__ == "__main__":
    sys.exit(main())
