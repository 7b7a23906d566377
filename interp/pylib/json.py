"""JSON encoding and decoding for Krait, matching CPython 3.11's `json`.

dumps() produces byte-for-byte the same text as CPython (float repr,
ensure_ascii escapes, indent and separators, sort_keys, key coercion);
loads() is a recursive-descent parser with CPython's error messages
("Expecting value: line 1 column 1 (char 0)").
"""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]

_INFINITY = float("inf")


class JSONDecodeError(ValueError):
    """ValueError subclass with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---------------------------------------------------------------------------
# Encoding

_ESCAPES = {
    "\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f",
    "\n": "\\n", "\r": "\\r", "\t": "\\t",
}


def _encode_str(s):
    """JSON string literal for s, non-ASCII characters kept."""
    out = ['"']
    for c in s:
        esc = _ESCAPES.get(c)
        if esc is not None:
            out.append(esc)
        elif c < " ":
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def _encode_str_ascii(s):
    """JSON string literal for s with every non-ASCII character escaped."""
    out = ['"']
    for c in s:
        esc = _ESCAPES.get(c)
        if esc is not None:
            out.append(esc)
        elif " " <= c <= "~":
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append(f"\\u{n:04x}")
            else:
                n -= 0x10000
                out.append(f"\\u{0xd800 | (n >> 10):04x}\\u{0xdc00 | (n & 0x3ff):04x}")
    out.append('"')
    return "".join(out)


class JSONEncoder:
    """Extensible JSON encoder; override default() for other types."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects that are not otherwise serializable."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return the JSON text for o."""
        if isinstance(o, str):
            return _encode_str_ascii(o) if self.ensure_ascii else _encode_str(o)
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding the text in pieces."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        encoder = _Encoder(self, indent)
        chunks = []
        encoder.encode(o, 0, chunks)
        return iter(chunks)


class _Encoder:
    """One encoding run: options and the set of containers being encoded."""

    def __init__(self, enc, indent):
        self.enc = enc
        self.indent = indent
        self.markers = {} if enc.check_circular else None
        self.encode_str = _encode_str_ascii if enc.ensure_ascii else _encode_str

    def float_str(self, o):
        if o != o:
            text = "NaN"
        elif o == _INFINITY:
            text = "Infinity"
        elif o == -_INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def encode(self, o, level, out):
        if isinstance(o, str):
            out.append(self.encode_str(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float_str(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level, out)
        elif isinstance(o, dict):
            self.encode_dict(o, level, out)
        else:
            marker = self.enter(o)
            self.encode(self.enc.default(o), level, out)
            self.leave(marker)

    def enter(self, o):
        if self.markers is None:
            return None
        marker = id(o)
        if marker in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[marker] = o
        return marker

    def leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def open(self, level, out, bracket):
        """Append the opening bracket; returns (separator, closing indent)."""
        out.append(bracket)
        if self.indent is None:
            return self.enc.item_separator, ""
        level += 1
        newline = "\n" + self.indent * level
        out.append(newline)
        return self.enc.item_separator + newline, "\n" + self.indent * (level - 1)

    def encode_list(self, lst, level, out):
        if not lst:
            out.append("[]")
            return
        marker = self.enter(lst)
        separator, closing = self.open(level, out, "[")
        first = True
        for value in lst:
            if not first:
                out.append(separator)
            first = False
            self.encode(value, level + 1, out)
        out.append(closing + "]")
        self.leave(marker)

    def key_str(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_str(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def encode_dict(self, dct, level, out):
        if not dct:
            out.append("{}")
            return
        marker = self.enter(dct)
        separator, closing = self.open(level, out, "{")
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self.key_str(key)
            if key is None:
                continue
            if not first:
                out.append(separator)
            first = False
            out.append(self.encode_str(key))
            out.append(self.enc.key_separator)
            self.encode(value, level + 1, out)
        out.append(closing + "}")
        self.leave(marker)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kwargs):
    """Serialize obj as JSON to the file-like object fp."""
    fp.write(dumps(obj, **kwargs))


# ---------------------------------------------------------------------------
# Decoding

_WS = " \t\n\r"
_CONSTANTS = {"NaN": float("nan"), "Infinity": _INFINITY, "-Infinity": -_INFINITY}
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = "0123456789abcdefABCDEF"


class JSONDecoder:
    """Simple JSON decoder; the hooks customize objects, numbers and constants."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python value of the JSON document s."""
        pos = _skip_ws(s, 0)
        obj, end = self.raw_decode(s, pos)
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON value starting at s[idx]; return (value, end index)."""
        try:
            return _Parser(self, s).value(idx)
        except _StopAt as stop:
            raise JSONDecodeError("Expecting value", s, stop.pos) from None


class _StopAt(Exception):
    def __init__(self, pos):
        self.pos = pos


def _skip_ws(s, pos):
    n = len(s)
    while pos < n and s[pos] in _WS:
        pos += 1
    return pos


class _Parser:
    def __init__(self, decoder, s):
        self.d = decoder
        self.s = s

    def value(self, pos):
        s = self.s
        if pos >= len(s):
            raise _StopAt(pos)
        c = s[pos]
        if c == '"':
            return self.string(pos + 1)
        if c == "{":
            return self.object(pos + 1)
        if c == "[":
            return self.array(pos + 1)
        if c == "n" and s.startswith("null", pos):
            return None, pos + 4
        if c == "t" and s.startswith("true", pos):
            return True, pos + 4
        if c == "f" and s.startswith("false", pos):
            return False, pos + 5
        if c == "N" and s.startswith("NaN", pos):
            return self.d.parse_constant("NaN"), pos + 3
        if c == "I" and s.startswith("Infinity", pos):
            return self.d.parse_constant("Infinity"), pos + 8
        if c == "-" and s.startswith("-Infinity", pos):
            return self.d.parse_constant("-Infinity"), pos + 9
        return self.number(pos)

    def number(self, pos):
        """-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?"""
        s = self.s
        n = len(s)
        start = pos
        if pos < n and s[pos] == "-":
            pos += 1
        if pos < n and s[pos] == "0":
            pos += 1
        elif pos < n and "1" <= s[pos] <= "9":
            pos += 1
            while pos < n and "0" <= s[pos] <= "9":
                pos += 1
        else:
            raise _StopAt(start)
        is_float = False
        if pos + 1 < n and s[pos] == "." and "0" <= s[pos + 1] <= "9":
            pos += 2
            while pos < n and "0" <= s[pos] <= "9":
                pos += 1
            is_float = True
        if pos < n and s[pos] in "eE":
            p = pos + 1
            if p < n and s[p] in "+-":
                p += 1
            if p < n and "0" <= s[p] <= "9":
                while p < n and "0" <= s[p] <= "9":
                    p += 1
                pos = p
                is_float = True
        text = s[start:pos]
        if is_float:
            return self.d.parse_float(text), pos
        return self.d.parse_int(text), pos

    def string(self, pos):
        """Parse a string whose opening quote is at pos - 1."""
        s = self.s
        n = len(s)
        begin = pos - 1
        chunks = []
        while True:
            start = pos
            while pos < n and s[pos] != '"' and s[pos] != "\\" and (s[pos] >= " " or not self.d.strict):
                pos += 1
            chunks.append(s[start:pos])
            if pos >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            c = s[pos]
            if c == '"':
                return "".join(chunks), pos + 1
            if c != "\\":
                raise JSONDecodeError("Invalid control character at", s, pos)
            pos += 1
            if pos >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[pos]
            if esc != "u":
                try:
                    chunks.append(_UNESCAPE[esc])
                except KeyError:
                    raise JSONDecodeError("Invalid \\escape", s, pos - 1) from None
                pos += 1
                continue
            uni = self.hex4(pos + 1, pos)
            pos += 5
            if 0xD800 <= uni <= 0xDBFF and s.startswith("\\u", pos):
                uni2 = self.hex4(pos + 2, pos + 1)
                if 0xDC00 <= uni2 <= 0xDFFF:
                    uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                    pos += 6
            chunks.append(chr(uni))

    def hex4(self, pos, err_pos):
        digits = self.s[pos:pos + 4]
        if len(digits) != 4 or any(c not in _HEX for c in digits):
            raise JSONDecodeError("Invalid \\uXXXX escape", self.s, err_pos)
        return int(digits, 16)

    def object(self, pos):
        s = self.s
        pairs = []
        pos = _skip_ws(s, pos)
        if pos < len(s) and s[pos] == "}":
            return self.make_object(pairs), pos + 1
        while True:
            if pos >= len(s) or s[pos] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, pos)
            key, pos = self.string(pos + 1)
            pos = _skip_ws(s, pos)
            if pos >= len(s) or s[pos] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, pos)
            pos = _skip_ws(s, pos + 1)
            try:
                value, pos = self.value(pos)
            except _StopAt as stop:
                raise JSONDecodeError("Expecting value", s, stop.pos) from None
            pairs.append((key, value))
            pos = _skip_ws(s, pos)
            if pos < len(s) and s[pos] == "}":
                return self.make_object(pairs), pos + 1
            if pos >= len(s) or s[pos] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, pos)
            pos = _skip_ws(s, pos + 1)

    def make_object(self, pairs):
        if self.d.object_pairs_hook is not None:
            return self.d.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.d.object_hook is not None:
            return self.d.object_hook(obj)
        return obj

    def array(self, pos):
        s = self.s
        values = []
        pos = _skip_ws(s, pos)
        if pos < len(s) and s[pos] == "]":
            return values, pos + 1
        while True:
            try:
                value, pos = self.value(pos)
            except _StopAt as stop:
                raise JSONDecodeError("Expecting value", s, stop.pos) from None
            values.append(value)
            pos = _skip_ws(s, pos)
            if pos < len(s) and s[pos] == "]":
                return values, pos + 1
            if pos >= len(s) or s[pos] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, pos)
            pos = _skip_ws(s, pos + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document s (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f"the JSON object must be str, bytes or bytearray, "
                            f"not {s.__class__.__name__}")
        s = bytes(s).decode("utf-8-sig" if bytes(s).startswith(b"\xef\xbb\xbf") else "utf-8")
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kwargs):
    """Deserialize the JSON document read from the file-like object fp."""
    return loads(fp.read(), **kwargs)
