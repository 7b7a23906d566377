"""HTML escaping: escape() and unescape().

unescape() knows numeric character references (with the HTML5 fix-ups for
invalid code points) and the common named entities; names outside its
table are left as they are.
"""

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """Replace &, < and > (and quotes, if quote) with HTML-safe sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Windows-1252 meanings that HTML5 gives to the C1 control references.
_C1 = {
    0x80: "\u20ac", 0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026",
    0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030", 0x8a: "\u0160",
    0x8b: "\u2039", 0x8c: "\u0152", 0x8e: "\u017d", 0x91: "\u2018", 0x92: "\u2019",
    0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014",
    0x98: "\u02dc", 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a", 0x9c: "\u0153",
    0x9e: "\u017e", 0x9f: "\u0178", 0x00: "\ufffd", 0x0d: "\r",
}

# Named entities (without the trailing ';') -> text.
_ENTITIES = {
    "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\xa0",
    "iexcl": "\xa1", "cent": "\xa2", "pound": "\xa3", "curren": "\xa4", "yen": "\xa5",
    "brvbar": "\xa6", "sect": "\xa7", "uml": "\xa8", "copy": "\xa9", "ordf": "\xaa",
    "laquo": "\xab", "not": "\xac", "shy": "\xad", "reg": "\xae", "macr": "\xaf",
    "deg": "\xb0", "plusmn": "\xb1", "sup2": "\xb2", "sup3": "\xb3", "acute": "\xb4",
    "micro": "\xb5", "para": "\xb6", "middot": "\xb7", "cedil": "\xb8", "sup1": "\xb9",
    "ordm": "\xba", "raquo": "\xbb", "frac14": "\xbc", "frac12": "\xbd", "frac34": "\xbe",
    "iquest": "\xbf", "times": "\xd7", "divide": "\xf7", "szlig": "\xdf",
    "ndash": "\u2013", "mdash": "\u2014", "lsquo": "\u2018", "rsquo": "\u2019",
    "sbquo": "\u201a", "ldquo": "\u201c", "rdquo": "\u201d", "bdquo": "\u201e",
    "dagger": "\u2020", "Dagger": "\u2021", "bull": "\u2022", "hellip": "\u2026",
    "permil": "\u2030", "prime": "\u2032", "Prime": "\u2033", "lsaquo": "\u2039",
    "rsaquo": "\u203a", "euro": "\u20ac", "trade": "\u2122", "larr": "\u2190",
    "uarr": "\u2191", "rarr": "\u2192", "darr": "\u2193", "harr": "\u2194",
    "infin": "\u221e", "ne": "\u2260", "le": "\u2264", "ge": "\u2265", "minus": "\u2212",
    "hearts": "\u2665", "spades": "\u2660", "clubs": "\u2663", "diams": "\u2666",
    "alpha": "\u03b1", "beta": "\u03b2", "gamma": "\u03b3", "delta": "\u03b4",
    "pi": "\u03c0", "sigma": "\u03c3", "omega": "\u03c9", "Omega": "\u03a9",
    "oelig": "\u0153", "OElig": "\u0152", "scaron": "\u0161", "Scaron": "\u0160",
    "fnof": "\u0192", "circ": "\u02c6", "tilde": "\u02dc", "ensp": "\u2002",
    "emsp": "\u2003", "thinsp": "\u2009", "zwnj": "\u200c", "zwj": "\u200d",
}
# Latin-1 letters: &Agrave; ... &yuml;
_LETTERS = ("Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml "
            "Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml").split()
for _i, _n in enumerate(_LETTERS):
    _ENTITIES[_n] = chr(0xc0 + _i)
_LETTERS2 = "Oslash Ugrave Uacute Ucirc Uuml Yacute THORN".split()
for _i, _n in enumerate(_LETTERS2):
    _ENTITIES[_n] = chr(0xd8 + _i)
for _i, _n in enumerate(_LETTERS + ["divide"] + _LETTERS2):
    if _n != "divide":
        _low = _n[0].lower() + _n[1:] if _n not in ("AElig", "ETH", "THORN") else \
            {"AElig": "aelig", "ETH": "eth", "THORN": "thorn"}[_n]
        _ENTITIES[_low] = chr(ord(_ENTITIES[_n]) + 0x20)
_ENTITIES["yuml"] = "\xff"
del _i, _n, _low
# Entities HTML5 also accepts without the semicolon.
_ENTITIES.update({"AMP": "&", "LT": "<", "GT": ">", "QUOT": '"', "COPY": "\xa9", "REG": "\xae"})
_NO_SEMI = {k for k, v in _ENTITIES.items() if "\xa0" <= v <= "\xff"}
_NO_SEMI.update(("amp", "lt", "gt", "quot", "AMP", "LT", "GT", "QUOT"))


def _is_invalid_codepoint(n):
    return (0x1 <= n <= 0x8 or 0xe <= n <= 0x1f or 0x7f <= n <= 0x9f
            or 0xfdd0 <= n <= 0xfdef or n == 0xb or (n & 0xfffe) == 0xfffe)


def _charref(s, i):
    # s[i] == '&': -> (replacement, end index) or None.
    n = len(s)
    j = i + 1
    if j < n and s[j] == "#":
        j += 1
        hexa = j < n and s[j] in "xX"
        if hexa:
            j += 1
        k = j
        digits = "0123456789abcdefABCDEF" if hexa else "0123456789"
        while k < n and s[k] in digits:
            k += 1
        if k == j:
            return None
        num = int(s[j:k], 16 if hexa else 10)
        if k < n and s[k] == ";":
            k += 1
        if num in _C1:
            return _C1[num], k
        if 0xd800 <= num <= 0xdfff or num > 0x10ffff:
            return "\ufffd", k
        if _is_invalid_codepoint(num):
            return "", k
        return chr(num), k
    k = j
    while k < n and s[k].isalnum() and s[k].isascii():
        k += 1
    name = s[j:k]
    if not name:
        return None
    if k < n and s[k] == ";" and name in _ENTITIES:
        return _ENTITIES[name], k + 1
    # The longest prefix that HTML5 accepts without a semicolon.
    for m in range(len(name), 1, -1):
        if name[:m] in _NO_SEMI:
            return _ENTITIES[name[:m]], j + m
    return None


def unescape(s):
    """Replace character references (&gt;, &#62;, &#x3e;) with characters."""
    if "&" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        k = s.find("&", i)
        if k < 0:
            out.append(s[i:])
            break
        out.append(s[i:k])
        r = _charref(s, k)
        if r is None:
            out.append("&")
            i = k + 1
        else:
            out.append(r[0])
            i = r[1]
    return "".join(out)
