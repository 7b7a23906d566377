#!/usr/bin/env python3
"""Generates runtime/src/strlib/unicode_tables.rs from python3 3.11's own str
methods and unicodedata (Unicode 14.0.0), so Krait's str semantics match CPython.

Run from the repository root:  python3 tests/scripts/gen_unicode_tables.py

Tables emitted (all sorted, searched by binary search):
  FLAG_RUNS      (start, flags): maximal runs of code points sharing one flag set
  NUMERIC_RUNS   (lo, hi, first, inc): numeric value = first + inc * (c - lo)
  LOWER/UPPER/TITLE/FOLD_DELTAS (lo, hi, delta, step): one-char mappings c -> c + delta
                 for c = lo, lo+step, ..., hi
  LOWER/UPPER/TITLE/FOLD_SPECIAL (c, "mapping"): mappings to several characters
Per-character properties are probed through the str methods themselves (cased and
case-ignorable through title() and the final-sigma rule of lower()).
"""
import os
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "run with python3 3.11"
assert unicodedata.unidata_version == "14.0.0"

FLAGS = [
    "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "PRINTABLE", "LINEBREAK",
    "LOWER", "UPPER", "TITLE", "CASED", "CASE_IGNORABLE", "XID_START", "XID_CONTINUE",
]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}
SIGMA = "\u03a3"
FINAL = "\u03c2"


def flags_of(cp):
    c = chr(cp)
    f = 0
    if c.isalpha():
        f |= BIT["ALPHA"]
    if c.isdecimal():
        f |= BIT["DECIMAL"]
    if c.isdigit():
        f |= BIT["DIGIT"]
    if c.isnumeric():
        f |= BIT["NUMERIC"]
    if c.isspace():
        f |= BIT["SPACE"]
    if c.isprintable():
        f |= BIT["PRINTABLE"]
    if len(("a" + c + "b").splitlines()) == 2:
        f |= BIT["LINEBREAK"]
    if c.islower():
        f |= BIT["LOWER"]
    if c.isupper():
        f |= BIT["UPPER"]
    if c.istitle() and not c.isupper():
        f |= BIT["TITLE"]
    if 0xD800 <= cp < 0xE000:
        return f
    cased = (c + "a").title()[-1] == "a"
    if cased:
        ignorable = ("A" + SIGMA + c).lower()[1] == FINAL
    else:
        ignorable = ("A" + c + SIGMA).lower()[-1] == FINAL
    if cased:
        f |= BIT["CASED"]
    if ignorable:
        f |= BIT["CASE_IGNORABLE"]
    if c.isidentifier():
        f |= BIT["XID_START"]
    if ("a" + c).isidentifier():
        f |= BIT["XID_CONTINUE"]
    return f


def numeric_of(cp):
    c = chr(cp)
    v = unicodedata.numeric(c, None)
    if v is None:
        assert not c.isnumeric(), hex(cp)
        return None
    assert c.isnumeric(), hex(cp)
    if c.isdecimal():
        assert unicodedata.decimal(c) == v
    if c.isdigit():
        assert unicodedata.digit(c) == v
    return v


def delta_runs(mapping):
    """mapping: dict cp -> target cp (only where they differ)."""
    runs = []  # [lo, hi, delta, step]
    for cp in sorted(mapping):
        d = mapping[cp] - cp
        if runs:
            lo, hi, rd, step = runs[-1]
            if rd == d and cp == hi + 1 and (step == 1 or lo == hi):
                runs[-1] = [lo, cp, d, 1]
                continue
            if rd == d and cp == hi + 2 and (step == 2 or lo == hi) and (hi + 1) not in mapping:
                runs[-1] = [lo, cp, d, 2]
                continue
        runs.append([cp, cp, d, 1])
    return runs


def rust_str(s):
    return '"' + "".join("\\u{%x}" % ord(ch) for ch in s) + '"'


def rust_f64(v):
    r = repr(float(v))
    return r if ("." in r or "e" in r) else r + ".0"


def add_numeric(runs, cp, v):
    """Appends cp's numeric value v to runs, extending the last run when possible."""
    if runs:
        lo, hi, first, inc = runs[-1]
        if hi == cp - 1 and first == int(first):
            if inc == 1 and first + (cp - lo) == v:
                runs[-1][1] = cp
                return
            if inc == 0 and first == v:
                runs[-1][1] = cp
                return
            if lo == hi and first + 1 == v:
                runs[-1][1] = cp
                runs[-1][3] = 1
                return
    runs.append([cp, cp, v, 0])


def main():
    flag_runs = []
    numeric_runs = []  # [lo, hi, first, inc]
    maps = {"LOWER": ({}, {}), "UPPER": ({}, {}), "TITLE": ({}, {}), "FOLD": ({}, {})}
    for cp in range(0x110000):
        f = flags_of(cp)
        if not flag_runs or flag_runs[-1][1] != f:
            flag_runs.append([cp, f])
        v = numeric_of(cp)
        if v is not None:
            add_numeric(numeric_runs, cp, v)
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        for name, result in (
            ("LOWER", c.lower()),
            ("UPPER", c.upper()),
            ("TITLE", c.title()),
            ("FOLD", c.casefold()),
        ):
            if result == c:
                continue
            # unicode.rs skips the case tables for characters without CASED.
            assert flags_of(cp) & BIT["CASED"], hex(cp)
            single, special = maps[name]
            if len(result) == 1:
                single[cp] = ord(result)
            else:
                special[cp] = result

    out = []
    w = out.append
    w("// @generated by tests/scripts/gen_unicode_tables.py from CPython 3.11's unicodedata")
    w("// (Unicode %s). Do not edit by hand: rerun the script." % unicodedata.unidata_version)
    w("")
    w("//! Unicode property and case-mapping tables matching CPython 3.11 (generated).")
    w("")
    w("/// Unicode version the tables were generated from.")
    w('pub const UNIDATA_VERSION: &str = "%s";' % unicodedata.unidata_version)
    w("")
    for name in FLAGS:
        w("/// Property flag bit (see `FLAG_RUNS`).")
        w("pub const %s: u16 = %d;" % (name, BIT[name]))
    w("")
    w("/// `(start, flags)`: code points from `start` up to the next run's start share `flags`.")
    w("#[rustfmt::skip]")
    w("pub static FLAG_RUNS: [(u32, u16); %d] = [" % len(flag_runs))
    for i in range(0, len(flag_runs), 6):
        w("    " + " ".join("(0x%x, 0x%x)," % tuple(r) for r in flag_runs[i:i + 6]))
    w("];")
    w("")
    w("/// `(lo, hi, first, inc)`: numeric value of `c` in `lo..=hi` is `first + inc * (c - lo)`.")
    w("#[rustfmt::skip]")
    w("pub static NUMERIC_RUNS: [(u32, u32, f64, f64); %d] = [" % len(numeric_runs))
    for i in range(0, len(numeric_runs), 3):
        w("    " + " ".join("(0x%x, 0x%x, %s, %s)," % (lo, hi, rust_f64(first), rust_f64(inc))
                             for lo, hi, first, inc in numeric_runs[i:i + 3]))
    w("];")
    for name, (single, special) in maps.items():
        runs = delta_runs(single)
        w("")
        w("/// `(lo, hi, delta, step)`: one-character %s mapping `c -> c + delta`" % name.lower())
        w("/// for `c` in `lo, lo + step, ..= hi`.")
        w("#[rustfmt::skip]")
        w("pub static %s_DELTAS: [(u32, u32, i32, u8); %d] = [" % (name, len(runs)))
        for i in range(0, len(runs), 4):
            w("    " + " ".join("(0x%x, 0x%x, %d, %d)," % tuple(r) for r in runs[i:i + 4]))
        w("];")
        w("")
        w("/// `(c, mapping)`: full %s mappings to more than one character." % name.lower())
        w("#[rustfmt::skip]")
        w("pub static %s_SPECIAL: [(u32, &str); %d] = [" % (name, len(special)))
        for cp in sorted(special):
            w("    (0x%x, %s)," % (cp, rust_str(special[cp])))
        w("];")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    path = os.path.join(root, "runtime", "src", "strlib", "unicode_tables.rs")
    with open(path, "w") as fh:
        fh.write("\n".join(out) + "\n")
    print("wrote %s: %d flag runs, %d numeric runs" % (path, len(flag_runs), len(numeric_runs)))


main()
