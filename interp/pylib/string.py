"""Common string constants and classes for Krait, matching CPython 3.11's `string`.

Template is parsed by hand (there is no regular-expression engine here);
the placeholder syntax and error messages follow CPython: `$$` is an escaped
`$`, `$name` and `${name}` are placeholders with ASCII identifier names.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, and join with sep (or a space)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset(ascii_letters + "_")
_ID_CHARS = frozenset(ascii_letters + digits + "_")


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (kind, text, start): kind is 'text', 'escaped', 'named' or
        'invalid'; start is the placeholder's index."""
        s = self.template
        delim = self.delimiter
        n = len(s)
        i = 0
        text_start = 0
        while True:
            j = s.find(delim, i)
            if j < 0:
                break
            k = j + len(delim)
            if s.startswith(delim, k):
                yield "text", s[text_start:j], j
                yield "escaped", delim, j
                i = text_start = k + len(delim)
                continue
            if k < n and s[k] == "{":
                m = k + 1
                if m < n and s[m] in _ID_START:
                    e = m + 1
                    while e < n and s[e] in _ID_CHARS:
                        e += 1
                    if e < n and s[e] == "}":
                        yield "text", s[text_start:j], j
                        yield "named", s[m:e], j
                        i = text_start = e + 1
                        continue
                yield "text", s[text_start:j], j
                yield "invalid", None, j
                i = text_start = k
                continue
            if k < n and s[k] in _ID_START:
                e = k + 1
                while e < n and s[e] in _ID_CHARS:
                    e += 1
                yield "text", s[text_start:j], j
                yield "named", s[k:e], j
                i = text_start = e
                continue
            yield "text", s[text_start:j], j
            yield "invalid", None, j
            i = text_start = k
        yield "text", s[text_start:], n

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def substitute(self, mapping=None, /, **kws):
        """Substitute every placeholder; KeyError for a missing name."""
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        for kind, text, pos in self._scan():
            if kind == "text" or kind == "escaped":
                out.append(text)
            elif kind == "named":
                out.append(str(mapping[text]))
            else:
                self._invalid(pos + len(self.delimiter))
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute(), but leave unknown or invalid placeholders as they are."""
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        s = self.template
        pieces = list(self._scan())
        for kind, text, pos in pieces:
            if kind == "text" or kind == "escaped":
                out.append(text)
            elif kind == "named":
                try:
                    out.append(str(mapping[text]))
                except KeyError:
                    if s.startswith("{", pos + len(self.delimiter)):
                        out.append(f"{self.delimiter}{{{text}}}")
                    else:
                        out.append(self.delimiter + text)
            else:
                out.append(self.delimiter)
        return "".join(out)

    def is_valid(self):
        """True if the template has no invalid placeholders."""
        return all(kind != "invalid" for kind, _, _ in self._scan())

    def get_identifiers(self):
        """The placeholder names, in order of first appearance."""
        ids = []
        for kind, text, _ in self._scan():
            if kind == "named" and text not in ids:
                ids.append(text)
        return ids


class _ChainLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """Minimal string.Formatter: format()/vformat() via str.format semantics."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")
