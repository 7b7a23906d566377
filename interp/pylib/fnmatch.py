"""Shell-style wildcard matching: fnmatch, fnmatchcase, filter, translate.

`*` matches anything, `?` one character, `[seq]` / `[!seq]` a character
class. Patterns are compiled to regular expressions (cached).
"""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def _compile(pat):
    r = _cache.get(pat)
    if r is None:
        if isinstance(pat, bytes):
            r = re.compile(translate(pat.decode("latin-1")).encode("latin-1")).match
        else:
            r = re.compile(translate(pat)).match
        if len(_cache) > 256:
            _cache.clear()
        _cache[pat] = r
    return r


def fnmatch(name, pat):
    """Test whether name matches pat (case-normalized as the OS does)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _compile(pat)(name) is not None


def filter(names, pat):
    """The names in `names` that match pat."""
    pat = os.path.normcase(pat)
    match = _compile(pat)
    return [n for n in names if match(posixpath.normcase(n))]


def translate(pat):
    """The regular expression (a str) equivalent to shell pattern pat."""
    out = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] != ".*":
                out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
                continue
            stuff = pat[i:j]
            i = j + 1
            neg = stuff.startswith("!")
            if neg:
                stuff = stuff[1:]
            stuff = stuff.replace("\\", "\\\\")
            if not stuff:
                out.append("(?!)" if not neg else ".")
                continue
            if stuff[0] == "^":
                stuff = "\\" + stuff
            out.append("[" + ("^" if neg else "") + stuff + "]")
        else:
            out.append(re.escape(c))
    return "(?s:" + "".join(out) + r")\Z"
