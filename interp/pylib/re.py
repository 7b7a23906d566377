"""Regular expressions for Krait: a backtracking engine for the common
subset of CPython 3.11's `re` syntax.

Supported: literals and escapes, ".", classes ("[a-z\\d]", negated),
\\d \\w \\s \\D \\W \\S, anchors (^ $ \\A \\Z \\b \\B), groups (capturing,
(?:...), (?P<name>...), backreferences \\1 and (?P=name)), alternation,
greedy and lazy quantifiers (* + ? {m,n}), lookahead/lookbehind, inline
flags, and the flags IGNORECASE, MULTILINE, DOTALL, VERBOSE and ASCII.
API: compile, search, match, fullmatch, findall, finditer, sub, subn,
split, escape, purge; Pattern and Match objects.

A pattern is parsed into a tree of tuples and matched by recursive
backtracking in continuation-passing style: matching a node at position i
calls k(j) for each way the node can end at j, and succeeds as soon as a
continuation does.  Single-character repeats are matched by a loop, so
long runs like \\w+ do not recurse per character.
"""

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
    "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG",
]

NOFLAG = 0
A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64

_FLAG_NAMES = [(ASCII, "re.ASCII"), (IGNORECASE, "re.IGNORECASE"), (LOCALE, "re.LOCALE"),
               (MULTILINE, "re.MULTILINE"), (DOTALL, "re.DOTALL"), (UNICODE, "re.UNICODE"),
               (VERBOSE, "re.VERBOSE")]
_INLINE_FLAGS = {"a": ASCII, "i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL,
                 "u": UNICODE, "x": VERBOSE}
_MAXREPEAT = 4294967295


class error(Exception):
    """Raised for an invalid regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = f"{msg} at position {pos}"
            if isinstance(pattern, str) and "\n" in pattern:
                self.lineno = pattern.count("\n", 0, pos) + 1
                self.colno = pos - pattern.rfind("\n", 0, pos)
                msg = f"{msg} (line {self.lineno}, column {self.colno})"
        super().__init__(msg)


# ---------------------------------------------------------------------------
# Parser: pattern text -> node tree.
#
# Nodes: ("lit", c) ("any",) ("set", items, negated) ("cat", letter)
# ("bol",) ("eol",) ("bos",) ("eos",) ("wordb",) ("nwordb",)
# ("group", index or None, node) ("alt", [node]) ("seq", [node])
# ("rep", node, min, max, greedy) ("backref", index)
# ("look", node, behind, negated) ("flags", on, off, node)

_SPECIAL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "0": "\0"}


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}
        self.open_groups = []

    def error(self, msg, pos=None):
        return error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def parse(self):
        node = self.alternation()
        if self.i < len(self.p):
            if self.p[self.i] == ")":
                raise self.error("unbalanced parenthesis")
            raise self.error("unexpected end of pattern")
        return node

    def skip_verbose(self):
        if not self.flags & VERBOSE:
            return
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in " \t\n\r\f\v":
                self.i += 1
            elif c == "#":
                while self.i < len(p) and p[self.i] != "\n":
                    self.i += 1
            else:
                break

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def sequence(self):
        items = []
        while True:
            self.skip_verbose()
            c = self.peek()
            if c is None or c == "|" or c == ")":
                break
            start = self.i
            atom = self.atom()
            if atom is None:
                continue
            atom = self.quantifier(atom, start)
            items.append(atom)
        return items[0] if len(items) == 1 else ("seq", items)

    def quantifier(self, atom, start):
        while True:
            self.skip_verbose()
            c = self.peek()
            if c in ("*", "+", "?"):
                lo, hi = {"*": (0, _MAXREPEAT), "+": (1, _MAXREPEAT), "?": (0, 1)}[c]
                qpos = self.i
                self.i += 1
            elif c == "{":
                qpos = self.i
                parsed = self.braces()
                if parsed is None:
                    return atom
                lo, hi = parsed
            else:
                return atom
            if atom[0] in ("bol", "eol", "bos", "eos", "wordb", "nwordb", "look"):
                if atom[0] != "look":
                    raise self.error("nothing to repeat", qpos)
            if atom[0] == "rep" and atom[5]:
                raise self.error("multiple repeat", qpos)
            greedy = True
            if self.peek() == "?":
                self.i += 1
                greedy = False
            elif self.peek() == "+":
                self.i += 1
            atom = ("rep", atom, lo, hi, greedy, True)

    def braces(self):
        """{m}, {m,}, {,n}, {m,n}; None if the brace is a literal."""
        p = self.p
        j = self.i + 1
        k = p.find("}", j)
        if k < 0:
            return None
        body = p[j:k]
        lo_text, comma, hi_text = body.partition(",")
        if not (lo_text.isdigit() or lo_text == "") or not (hi_text.isdigit() or hi_text == ""):
            return None
        if not comma and not lo_text:
            return None
        lo = int(lo_text) if lo_text else 0
        hi = (int(hi_text) if hi_text else _MAXREPEAT) if comma else lo
        if hi < lo:
            raise self.error("min repeat greater than max repeat", j)
        self.i = k + 1
        return lo, hi

    def atom(self):
        p = self.p
        c = p[self.i]
        if c == "(":
            return self.group()
        if c in "*+?":
            raise self.error("nothing to repeat")
        if c == "{" and self.braces_ahead():
            raise self.error("nothing to repeat")
        self.i += 1
        if c == ".":
            return ("any",)
        if c == "^":
            return ("bol",)
        if c == "$":
            return ("eol",)
        if c == "[":
            return self.charset()
        if c == "\\":
            return self.escape(in_class=False)
        return ("lit", c)

    def braces_ahead(self):
        save = self.i
        try:
            return self.braces() is not None
        finally:
            self.i = save

    def group(self):
        p = self.p
        start = self.i
        self.i += 1
        index = None
        if p.startswith("?", self.i):
            self.i += 1
            c = self.peek()
            if c == ":":
                self.i += 1
            elif c == "P" and p.startswith("P<", self.i):
                end = p.find(">", self.i + 2)
                if end < 0:
                    raise self.error("missing >, unterminated name", self.i + 2)
                name = p[self.i + 2:end]
                if not name.isidentifier():
                    raise self.error(f"bad character in group name {name!r}", self.i + 2)
                if name in self.names:
                    raise self.error(f"redefinition of group name {name!r} as group "
                                     f"{self.ngroups + 1}; was group {self.names[name]}", self.i + 2)
                self.i = end + 1
                self.ngroups += 1
                index = self.ngroups
                self.names[name] = index
            elif c == "P" and p.startswith("P=", self.i):
                end = p.find(")", self.i + 2)
                if end < 0:
                    raise self.error("missing ), unterminated name", self.i + 2)
                name = p[self.i + 2:end]
                if name not in self.names:
                    raise self.error(f"unknown group name {name!r}", self.i + 2)
                self.i = end + 1
                return ("backref", self.names[name])
            elif c == "#":
                end = p.find(")", self.i)
                if end < 0:
                    raise self.error("missing ), unterminated comment", start)
                self.i = end + 1
                return None
            elif c in ("=", "!"):
                self.i += 1
                node = self.alternation()
                self.close(start)
                return ("look", node, False, c == "!")
            elif c == "<" and p[self.i + 1:self.i + 2] in ("=", "!"):
                neg = p[self.i + 1] == "!"
                self.i += 2
                node = self.alternation()
                self.close(start)
                return ("look", node, True, neg)
            else:
                on = off = 0
                target = "on"
                while self.i < len(p) and p[self.i] in "aiLmsux-":
                    ch = p[self.i]
                    if ch == "-":
                        target = "off"
                    elif target == "on":
                        on |= _INLINE_FLAGS[ch]
                    else:
                        off |= _INLINE_FLAGS[ch]
                    self.i += 1
                if self.peek() == ")":
                    if start != 0 and not (p[:start].replace("(?", "").strip() == ""):
                        raise self.error("global flags not at the start of the expression", start)
                    self.i += 1
                    self.flags |= on
                    return None
                if self.peek() != ":":
                    raise self.error("unknown extension ?" + (self.peek() or ""), start + 1)
                self.i += 1
                saved = self.flags
                self.flags = (self.flags | on) & ~off
                node = self.alternation()
                self.flags = saved
                self.close(start)
                return ("flags", on, off, node)
        else:
            self.ngroups += 1
            index = self.ngroups
        self.open_groups.append(index)
        node = self.alternation()
        self.open_groups.pop()
        self.close(start)
        return ("group", index, node)

    def close(self, start):
        if self.peek() != ")":
            raise self.error("missing ), unterminated subpattern", start)
        self.i += 1

    def escape(self, in_class):
        p = self.p
        start = self.i - 1
        if self.i >= len(p):
            raise self.error("bad escape (end of pattern)", start)
        c = p[self.i]
        self.i += 1
        if c in "dDwWsS":
            return ("cat", c)
        if not in_class:
            if c == "A":
                return ("bos",)
            if c == "Z":
                return ("eos",)
            if c == "b":
                return ("wordb",)
            if c == "B":
                return ("nwordb",)
            if c.isdigit() and c != "0":
                j = self.i
                while j < len(p) and p[j].isdigit() and j - self.i < 1:
                    j += 1
                index = int(p[self.i - 1:j])
                if index > self.ngroups or index in self.open_groups:
                    raise self.error(f"invalid group reference {index}", start + 1)
                self.i = j
                return ("backref", index)
        elif c == "b":
            return ("lit", "\b")
        if c in _SPECIAL_ESCAPES:
            if c == "0":
                j = self.i
                while j < len(p) and j - self.i < 2 and p[j] in "01234567":
                    j += 1
                value = int(p[self.i - 1:j], 8)
                self.i = j
                return ("lit", chr(value))
            return ("lit", _SPECIAL_ESCAPES[c])
        if c == "x":
            return ("lit", chr(self.hexdigits(2, start)))
        if c == "u":
            return ("lit", chr(self.hexdigits(4, start)))
        if c == "U":
            return ("lit", chr(self.hexdigits(8, start)))
        if c.isascii() and c.isalnum():
            raise self.error(f"bad escape \\{c}", start)
        return ("lit", c)

    def hexdigits(self, count, start):
        digits = self.p[self.i:self.i + count]
        if len(digits) != count or any(d not in "0123456789abcdefABCDEF" for d in digits):
            raise self.error(f"incomplete escape \\{self.p[start + 1]}{digits}", start)
        self.i += count
        return int(digits, 16)

    def charset(self):
        p = self.p
        start = self.i - 1
        negated = False
        if self.peek() == "^":
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                raise self.error("unterminated character set", start)
            c = p[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            if c == "\\":
                self.i += 1
                item = self.escape(in_class=True)
            else:
                self.i += 1
                item = ("lit", c)
            if item[0] == "lit" and self.peek() == "-" and p[self.i + 1:self.i + 2] not in ("]", ""):
                self.i += 1
                if p[self.i] == "\\":
                    self.i += 1
                    hi = self.escape(in_class=True)
                    if hi[0] != "lit":
                        raise self.error(f"bad character range {item[1]}-\\{hi[1]}", start)
                else:
                    hi = ("lit", p[self.i])
                    self.i += 1
                if hi[1] < item[1]:
                    raise self.error(f"bad character range {item[1]}-{hi[1]}", start)
                items.append(("range", item[1], hi[1]))
            else:
                items.append(item)
        return ("set", tuple(items), negated)


# ---------------------------------------------------------------------------
# Matcher


def _is_word(c, ascii_only):
    if ascii_only:
        return c.isascii() and (c.isalnum() or c == "_")
    return c.isalnum() or c == "_"


def _category(letter, c, ascii_only):
    if letter in "dD":
        r = c.isdecimal() and (c.isascii() or not ascii_only)
    elif letter in "wW":
        r = _is_word(c, ascii_only)
    else:
        r = c in " \t\n\r\f\v" or (not ascii_only and c.isspace())
    return r if letter.islower() else not r


class _Matcher:
    """Matching state for one attempt: the subject, bounds and group spans."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self.s = string
        self.pos = pos
        self.end = endpos
        self.spans = [None] * (pattern.groups + 1)

    def char_ok(self, node, c, flags):
        kind = node[0]
        icase = flags & IGNORECASE
        if kind == "lit":
            lit = node[1]
            return c == lit or (icase and c.lower() == lit.lower())
        if kind == "any":
            return c != "\n" or bool(flags & DOTALL)
        if kind == "cat":
            return _category(node[1], c, flags & ASCII)
        if kind == "set":
            return self.in_set(node, c, flags) != node[2]
        return False

    def in_set(self, node, c, flags):
        icase = flags & IGNORECASE
        candidates = (c, c.lower(), c.upper()) if icase else (c,)
        for item in node[1]:
            kind = item[0]
            for ch in candidates:
                if kind == "lit":
                    if ch == item[1]:
                        return True
                elif kind == "range":
                    if item[1] <= ch <= item[2]:
                        return True
                elif kind == "cat":
                    if _category(item[1], ch, flags & ASCII):
                        return True
        return False

    def m(self, node, i, flags, k):
        """Match node at i; call k(j) for each possible end j until one succeeds."""
        kind = node[0]
        s = self.s
        if kind in ("lit", "any", "cat", "set"):
            if i < self.end and self.char_ok(node, s[i], flags):
                return k(i + 1)
            return False
        if kind == "seq":
            return self.seq(node[1], 0, i, flags, k)
        if kind == "alt":
            for branch in node[1]:
                if self.m(branch, i, flags, k):
                    return True
            return False
        if kind == "group":
            index = node[1]
            if index is None:
                return self.m(node[2], i, flags, k)
            spans = self.spans
            old = spans[index]

            def close(j):
                saved = spans[index]
                spans[index] = (i, j)
                if k(j):
                    return True
                spans[index] = saved
                return False
            if self.m(node[2], i, flags, close):
                return True
            spans[index] = old
            return False
        if kind == "rep":
            return self.rep(node, i, flags, k)
        if kind == "bol":
            if i == 0 or (flags & MULTILINE and s[i - 1] == "\n"):
                return k(i)
            return False
        if kind == "eol":
            n = self.end
            if i == n or (s[i] == "\n" and (i == n - 1 or flags & MULTILINE)):
                return k(i)
            return False
        if kind == "bos":
            return k(i) if i == 0 else False
        if kind == "eos":
            return k(i) if i == self.end else False
        if kind in ("wordb", "nwordb"):
            ascii_only = flags & ASCII
            before = i > 0 and _is_word(s[i - 1], ascii_only)
            after = i < self.end and _is_word(s[i], ascii_only)
            if (before != after) == (kind == "wordb"):
                return k(i)
            return False
        if kind == "backref":
            span = self.spans[node[1]]
            if span is None:
                return False
            text = s[span[0]:span[1]]
            j = i + len(text)
            if j > self.end:
                return False
            piece = s[i:j]
            if piece == text or (flags & IGNORECASE and piece.lower() == text.lower()):
                return k(j)
            return False
        if kind == "look":
            sub, behind, negated = node[1], node[2], node[3]
            if behind:
                found = any(self.m(sub, start, flags, lambda j: j == i) for start in range(i, -1, -1))
            else:
                saved = list(self.spans)
                found = self.m(sub, i, flags, lambda j: True)
                if negated or not found:
                    self.spans = saved
            if found != negated:
                return k(i)
            return False
        if kind == "flags":
            return self.m(node[3], i, (flags | node[1]) & ~node[2], k)
        raise error(f"internal error: unknown node {kind}")

    def seq(self, items, index, i, flags, k):
        if index == len(items):
            return k(i)
        return self.m(items[index], i, flags, lambda j: self.seq(items, index + 1, j, flags, k))

    def rep(self, node, i, flags, k):
        _, sub, lo, hi, greedy, _ = node
        if sub[0] in ("lit", "any", "cat", "set"):
            # Single characters: count the run, then try the ends.
            s = self.s
            limit = min(self.end, i + hi) if hi != _MAXREPEAT else self.end
            j = i
            if greedy:
                while j < limit and self.char_ok(sub, s[j], flags):
                    j += 1
                count = j - i
                if count < lo:
                    return False
                for end in range(j, i + lo - 1, -1):
                    if k(end):
                        return True
                return False
            end = i
            while end - i < lo:
                if end < limit and self.char_ok(sub, s[end], flags):
                    end += 1
                else:
                    return False
            while True:
                if k(end):
                    return True
                if end < limit and self.char_ok(sub, s[end], flags):
                    end += 1
                else:
                    return False

        def attempt(count, pos):
            if greedy:
                if count < hi and self.m(sub, pos, flags, lambda j: step(count, pos, j)):
                    return True
                return count >= lo and k(pos)
            if count >= lo and k(pos):
                return True
            return count < hi and self.m(sub, pos, flags, lambda j: step(count, pos, j))

        def step(count, pos, j):
            # An empty iteration ends the loop (after it, as in CPython).
            if j == pos:
                return k(j)
            return attempt(count + 1, j)
        return attempt(0, i)


# ---------------------------------------------------------------------------
# Public objects


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        self.lastindex = None
        best = None
        for index in range(1, len(spans)):
            span = spans[index]
            if span is not None and (best is None or span[1] > best[1] or
                                     (span[1] == best[1] and span[0] < best[0])):
                best = span
                self.lastindex = index
        self.lastgroup = None
        for name, index in pattern.groupindex.items():
            if index == self.lastindex:
                self.lastgroup = name

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group < len(self._spans):
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def group(self, *groups):
        """The text of one or more groups (group 0 by default)."""
        if not groups:
            groups = (0,)
        result = []
        for g in groups:
            span = self._spans[self._index(g)]
            result.append(None if span is None else self.string[span[0]:span[1]])
        return result[0] if len(result) == 1 else tuple(result)

    def __getitem__(self, group):
        return self.group(group)

    def groups(self, default=None):
        return tuple(default if span is None else self.string[span[0]:span[1]]
                     for span in self._spans[1:])

    def groupdict(self, default=None):
        return {name: (default if self._spans[i] is None else
                       self.string[self._spans[i][0]:self._spans[i][1]])
                for name, i in self.re.groupindex.items()}

    def span(self, group=0):
        span = self._spans[self._index(group)]
        return (-1, -1) if span is None else span

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def expand(self, template):
        return _expand(self.re, template, self)

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group()!r}>"

    def __bool__(self):
        return True


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, bytes):
            raise TypeError("bytes patterns are not supported by this re module")
        parser = _Parser(pattern, flags)
        self._node = parser.parse()
        self.pattern = pattern
        self.flags = parser.flags | (UNICODE if not parser.flags & ASCII else 0)
        self.groups = parser.ngroups
        self.groupindex = dict(parser.names)

    def __repr__(self):
        names = [name for bit, name in _FLAG_NAMES if self.flags & bit and bit != UNICODE]
        if names:
            return f"re.compile({self.pattern!r}, {'|'.join(names)})"
        return f"re.compile({self.pattern!r})"

    def __eq__(self, other):
        return isinstance(other, Pattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _match_at(self, string, start, pos, endpos, anchor_end=False, forbid_empty=False):
        matcher = _Matcher(self, string, pos, endpos)
        result = []

        def done(j):
            if anchor_end and j != endpos:
                return False
            if forbid_empty and j == start:
                return False
            result.append(j)
            return True
        if matcher.m(self._node, start, self.flags, done):
            spans = list(matcher.spans)
            spans[0] = (start, result[0])
            return Match(self, string, pos, endpos, spans)
        return None

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        n = len(string)
        pos = max(0, min(pos, n))
        endpos = n if endpos is None else max(0, min(endpos, n))
        return pos, endpos

    def match(self, string, pos=0, endpos=None):
        """Match at the start of string."""
        pos, endpos = self._bounds(string, pos, endpos)
        return self._match_at(string[:endpos], pos, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        """Match the whole of string."""
        pos, endpos = self._bounds(string, pos, endpos)
        return self._match_at(string[:endpos], pos, pos, endpos, anchor_end=True)

    def search(self, string, pos=0, endpos=None):
        """Scan for the first position where the pattern matches."""
        pos, endpos = self._bounds(string, pos, endpos)
        return self._search(string[:endpos], pos, pos, endpos, False)

    def _search(self, string, start, pos, endpos, forbid_empty_at_start):
        for i in range(start, endpos + 1):
            m = self._match_at(string, i, pos, endpos, forbid_empty=forbid_empty_at_start and i == start)
            if m is not None:
                return m
        return None

    def finditer(self, string, pos=0, endpos=None):
        """Iterator over all non-overlapping matches."""
        pos, endpos = self._bounds(string, pos, endpos)
        text = string[:endpos]
        start = pos
        forbid = False
        while start <= endpos:
            m = self._search(text, start, pos, endpos, forbid)
            if m is None:
                return
            yield m
            s, e = m.span()
            forbid = s == e
            start = e

    def findall(self, string, pos=0, endpos=None):
        """List of all matches: whole matches, or group(s) if there are groups."""
        result = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m.group(1) or "")
            else:
                result.append(m.groups(""))
        return result

    def subn(self, repl, string, count=0):
        """Like sub(), but also return the number of substitutions."""
        if not callable(repl):
            template = repl
            repl = lambda m: _expand(self, template, m)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            s, e = m.span()
            out.append(string[last:s])
            out.append(repl(m))
            last = e
            n += 1
            if count and n >= count:
                break
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        """Replace matches with repl (a template or a function of the match)."""
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        """Split string at the matches; groups are included in the result."""
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            s, e = m.span()
            out.append(string[last:s])
            out.extend(m.groups())
            last = e
            n += 1
            if maxsplit and n >= maxsplit:
                break
        out.append(string[last:])
        return out

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported")


def _expand(pattern, template, m):
    """Expand a replacement template: \\1, \\g<1>, \\g<name>, \\n escapes."""
    out = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", template, i - 1)
        c = template[i]
        if c == "g":
            end = template.find(">", i)
            if not template.startswith("<", i + 1) or end < 0:
                raise error("missing <" if not template.startswith("<", i + 1) else
                            "missing >, unterminated name", template, i + 1)
            name = template[i + 2:end]
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error(f"invalid group reference {index}", template, i + 2)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            else:
                raise IndexError(f"unknown group name {name!r}")
            out.append(m.group(index) or "")
            i = end + 1
        elif c.isdigit() and c != "0":
            j = i + 1
            if j < n and template[j].isdigit():
                j += 1
            index = int(template[i:j])
            if index > pattern.groups:
                raise error(f"invalid group reference {index}", template, i)
            out.append(m.group(index) or "")
            i = j
        elif c in _SPECIAL_ESCAPES:
            out.append(_SPECIAL_ESCAPES[c])
            i += 1
        elif c == "\\":
            out.append("\\")
            i += 1
        elif c.isascii() and c.isalpha():
            raise error(f"bad escape \\{c}", template, i - 1)
        else:
            out.append("\\" + c)
            i += 1
    return "".join(out)


_cache = {}


def compile(pattern, flags=0):
    """Compile a pattern into a Pattern object."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if len(_cache) >= 512:
            _cache.clear()
        p = _cache[key] = Pattern(pattern, flags)
    return p


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_SPECIAL_CHARS = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Backslash-escape the special characters of pattern."""
    return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in pattern)
