#!/usr/bin/env python3
"""Writes tests/dis_corpus/compile_errors.txt: for each snippet, the
exception CPython 3.11's compile() raises (type, message, line, offset).

Line format: escaped source, kind, message, lineno, offset, tab-separated;
the source escapes backslash, newline and tab as \\\\, \\n, \\t.
"""
import os

def nest(n):
    src, ind = "def f():\n", "    "
    for i in range(n):
        src += ind + "for x%d in y:\n" % i
        ind += "    "
    return src + ind + "pass\n"

CASES = [
    "def f(a, a): pass",
    "lambda a, a: 0",
    "def f(a):\n    global a",
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f():\n    x: int\n    global x",
    "def f():\n    def g():\n        x = 1\n        nonlocal x\n    x = 2",
    "def f():\n    def g():\n        print(x)\n        nonlocal x\n    x = 2",
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f(a):\n    nonlocal a",
    "class C:\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "def f():\n    global x\n    x: int = 1",
    "[x := 1 for x in y]",
    "[x for x in y for z in (x := w)]",
    "[i for i in (j := y)]",
    "class C:\n    [y := 1 for x in z]",
    "[[(j := 0) for i in range(5)] for j in range(5)]",
    "return 1",
    "class C:\n    return 1",
    "break",
    "continue",
    "def f():\n    break",
    "while x:\n    def f():\n        continue",
    "yield 1",
    "class C:\n    yield 1",
    "x = yield from y",
    "await x",
    "def f():\n    await x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    yield from x",
    "[(yield x) for x in y]",
    "{(yield x) for x in y}",
    "((yield x) for x in y)",
    "def f():\n    from m import *",
    "f(a=1, a=2)",
    "f(a=1, b=2, **k, a=3)",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
    "for x in y:\n    try:\n        pass\n    except* E:\n        break",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1",
    "match x:\n    case a:\n        pass\n    case b:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case a | b:\n        pass",
    "match x:\n    case {1: a, 1: b}:\n        pass",
    "match x:\n    case C(a=1, a=2):\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "def g():\n    [x async for x in y]",
    "def f():\n    async with a:\n        pass",
    "def f():\n    async for x in y:\n        pass",
    "from __future__ import braces",
    "from __future__ import nope",
    "x = 1\nfrom __future__ import annotations",
    "del __debug__",
    "f(__debug__=1)",
    "def f(*, __debug__): pass",
    "a, *b, *c = d",
    "*a = b",
    "print(*a)\nx = *a",
    nest(20),
    nest(21),
]

def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")

out = []
for src in CASES:
    try:
        compile(src, "<test>", "exec")
        kind, msg, line, off = "OK", "", 0, 0
    except SyntaxError as e:
        kind, msg, line, off = type(e).__name__, e.msg, e.lineno or 0, e.offset or 0
    out.append("\t".join([esc(src), kind, esc(msg), str(line), str(off)]))

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "..", "dis_corpus", "compile_errors.txt")
with open(path, "w") as f:
    f.write("\n".join(out) + "\n")
print(f"wrote {len(out)} cases to {os.path.normpath(path)}")
