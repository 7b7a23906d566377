#!/usr/bin/env python3
"""Writes tests/ast_corpus/<name>.ast for each tests/ast_corpus/*.py: the text
of CPython's ast.dump(ast.parse(source)) (or `ERR Type|line|offset|msg` if
CPython rejects the file; files named eval_*.py and single_*.py are parsed in
'eval' and 'single' mode), and <name>.tokens: the output of
`python3 -m tokenize <name>.py` when it succeeds. Run with python3 3.11."""
import ast
import glob
import os
import subprocess
import sys
import warnings

assert sys.version_info[:2] == (3, 11), "expected outputs must come from CPython 3.11"
here = os.path.dirname(os.path.abspath(__file__))
d = os.path.join(os.path.dirname(here), "ast_corpus")
n = 0
for path in sorted(glob.glob(os.path.join(d, "*.py"))):
    with open(path, "rb") as f:
        src = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            base = os.path.basename(path)
            mode = "eval" if base.startswith("eval_") else "single" if base.startswith("single_") else "exec"
            text = ast.dump(ast.parse(src, path, mode=mode))
    except SyntaxError as e:
        text = "ERR %s|%s|%s|%s" % (type(e).__name__, e.lineno, e.offset, e.msg)
    with open(path[:-3] + ".ast", "w", encoding="utf-8") as f:
        f.write(text + "\n")
    tok = subprocess.run([sys.executable, "-m", "tokenize", os.path.basename(path)], cwd=d,
                         capture_output=True, text=True, encoding="utf-8")
    tok_path = path[:-3] + ".tokens"
    # tokenize.py splits lines on "\n" only, so a lone "\r" is not a line
    # end there (unlike in the compiler): no listing for such files.
    lone_cr = b"\r" in src.replace(b"\r\n", b"")
    if tok.returncode == 0 and not lone_cr:
        with open(tok_path, "w", encoding="utf-8") as f:
            f.write(tok.stdout)
    elif os.path.exists(tok_path):
        os.remove(tok_path)
    n += 1
print("wrote %d .ast files" % n)
