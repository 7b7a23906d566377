#!/usr/bin/env python3
"""Writes tests/syntax_errors/<name>.expected for each tests/syntax_errors/*.py:
one line `<Type>|<line>|<offset>|<msg>` with the error CPython raises when
compiling the file (compile(source, path, 'exec') on the decoded text)."""
import glob
import os
import warnings

here = os.path.dirname(os.path.abspath(__file__))
d = os.path.join(os.path.dirname(here), "syntax_errors")
n = 0
for path in sorted(glob.glob(os.path.join(d, "*.py"))):
    with open(path, "rb") as f:
        src = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src.decode("utf-8"), os.path.basename(path), "exec")
        line = "OK"
    except SyntaxError as e:
        line = "%s|%s|%s|%s" % (type(e).__name__, e.lineno, e.offset, e.msg)
    except (MemoryError, RecursionError, ValueError) as e:
        line = "%s|0|0|%s" % (type(e).__name__, e)
    with open(path[:-3] + ".expected", "w", encoding="utf-8") as f:
        f.write(line + "\n")
    n += 1
print("wrote %d expected files" % n)
