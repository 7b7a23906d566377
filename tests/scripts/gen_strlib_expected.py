#!/usr/bin/env python3
"""Generates the expected results for Krait's strlib tests by running CPython 3.11.

Run from the repository root:  python3 tests/scripts/gen_strlib_expected.py
Writes
  runtime/tests/data/strlib_cases.txt  one case per line:  METHOD ARG... => RESULT
  runtime/tests/data/strlib_chars.txt  per 256-code-point block, an FNV-1a 64 digest
                                       of every per-character property (see char_line)
Value tokens: s:HEX (str, UTF-8 hex), b:HEX (bytes), i:INT, n (None), t / f (bool),
[ ... ] (list or tuple), e:KIND:HEX (exception type and UTF-8 hex message), and @ for
the current subject, set by a line "@ TOKEN" (so each case need not repeat it).
`python3 gen_strlib_expected.py block 0x3a0` prints one block's lines for debugging.
"""
import os
import struct
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "run with python3 3.11"

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "runtime", "tests", "data")


SUBJECT = [None]


def tok(v):
    if SUBJECT[0] is not None and type(v) is type(SUBJECT[0]) and v == SUBJECT[0]:
        return "@"
    if v is None:
        return "n"
    if v is True:
        return "t"
    if v is False:
        return "f"
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, str):
        return "s:" + v.encode("utf-8").hex()
    if isinstance(v, (bytes, bytearray)):
        return "b:" + bytes(v).hex()
    if isinstance(v, (list, tuple)):
        return " ".join(["["] + [tok(x) for x in v] + ["]"])
    if isinstance(v, BaseException):
        return "e:%s:%s" % (type(v).__name__, str(v).encode("utf-8").hex())
    raise TypeError(type(v))


STRS = [
    "", "a", "A", "abc", "Hello World", "hello world", "HELLO", "hello   world  ",
    "  leading", "trailing  ", "a,b,,c,", ",", "aaa", "abab", "ababab", "a\tb\tc",
    "\tx\ty", "12\t345\t6\n7\t8\r\t9", "line1\nline2\r\nline3\rline4\n", "\n\n", "\r\n\r",
    "x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r", "+12", "-12", "12", "-", "+", "  \t\n ",
    "it's", 'say "hi"', "both ' and \"", "back\\slash", "\x00\x01\x7f\x1b", "snake_case_name",
    "_private", "1abc", "CamelCase", "they're bill's friends", "hello world from python",
    "0xff", "a.b.c", "cafe\u0301", "café", "naïve résumé", "ÀÉÎÕÜ", "ÿ", "\xa0nbsp\xa0", "µ",
    "\xad", "ª º", "ΣΑΣ", "ΌΣΟΣ ΣΟΦΟΣ", "σ Σ", "ΑΣ.", "Σ", "aΣb", "aΣ", "AΣ\u0308",
    "ΑΣ\u0345", "ὈΔΥΣΣΕΎΣ", "ᾈ ᾳ ῼ", "Σ'Σ", "A'Σ", "straße", "STRASSE", "ß", "ẞ", "Maße",
    "İstanbul", "ıi", "Iİıi", "i\u0307", "ﬁ", "ﬃ ligature", "ǆ ǅ Ǆ", "ŉ", "ΐ", "中文字符",
    "日本語のテキスト", "漢字 かな カナ", "中,文,字", "😀", "a😀b😀c", "👍🏽 thumbs", "🇫🇷",
    "e\u0301", "A\u030a", "x\u0300\u0301", "٠١٢٣", "²³¹", "½⅓", "①②", "一二三", "໐໑", "𝟘𝟙",
    "\u3000ideo\u2003em\u2009", "\u200b zero", "\x1c\x1d\x1e\x1f", "\u1680\u180e", "ℕ", "x²",
    "℘", "·a", "a·", "〇", "ªb", "\u0378unassigned", "\ud7ff\ue000\U0010ffff", "Ⅷ", "ⓐ", "ᵃ",
    "ǈ", "Dž", "ǅa", "aǅ", "Aa Bb", "Aa bB", "A1 B2", "ΣΣ ΣΣ", "\u00df\u0130\ufb01",
    "x\u200dy", "123abc", "٣a", "a\u05d0", "  x  ", "\t\u3000ab\u3000\t",
]

FIND_SUBS = ["", "a", "ab", "Σ", "😀"]
RANGES = [(None, None), (1, None), (None, -1), (-3, 5), ("len", None), ("len+1", None), (5, 2)]
SPLIT_SEPS = [None, " ", "a", "ab", "", "Σ", ",", "\n"]
MAXSPLITS = [-1, 0, 1, 2]
STRIP_CHARS = [None, "", " ", "a", "ΣΑ", "\t\n ", "x😀"]
WIDTHS = [-1, 3, 6, 7, 12]
FILLS = [" ", "ß", "😀", "ab"]
SLICES = [(None, None, None), (1, None, None), (None, None, -1), (1, -1, 2), (-2, None, -2),
          (None, None, 3), (5, 0, -2), (100, -100, -1), (0, 0, 1)]


# Mirrored by the Rust test's translate closure.
TRANSLATE_TABLE = {ord("a"): "xyz", ord("b"): None, ord("c"): ord("\u03a3"), ord("\u03a3"): "\U0001f600",
                   ord(" "): ""}
INT_STRS = ["0", "12", " 12 ", "\u0663\u0664", "\uff11\uff12\uff13", "\U0001d7d8\U0001d7d9",
            "\u3000\u0661\u3000", "\u0967\u0968", "-\u0665", "+\u0e51\u0e52", "\xb2", "\u2460",
            "12a", "\u00bd", "\u0f20\u0f29", "\u1040\u1049"]


def resolve(x, n):
    if x == "len":
        return n
    if x == "len+1":
        return n + 1
    return x


def call(f, *args):
    try:
        return f(*args)
    except Exception as e:  # noqa: BLE001 - the exception is the expected value
        return e


def str_cases(out, s):
    def case(name, *args, result):
        out.append("%s %s => %s" % (name, " ".join(tok(a) for a in args), tok(result)))

    n = len(s)
    case("repr", s, result=repr(s))
    case("ascii", s, result=ascii(s))
    case("len", s, result=n)
    for p in ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace",
              "isprintable", "isidentifier", "islower", "isupper", "istitle", "isascii"]:
        case(p, s, result=getattr(s, p)())
    for m in ["lower", "upper", "casefold", "title", "capitalize", "swapcase"]:
        case(m, s, result=getattr(s, m)())
    for sep in SPLIT_SEPS:
        for mx in MAXSPLITS if sep in (None, " ", "") else MAXSPLITS[::2]:
            case("split", s, sep, mx, result=call(s.split, sep, mx))
            case("rsplit", s, sep, mx, result=call(s.rsplit, sep, mx))
    for ke in (False, True):
        case("splitlines", s, ke, result=s.splitlines(ke))
    for chars in STRIP_CHARS:
        for m in ["strip", "lstrip", "rstrip"]:
            case(m, s, chars, result=getattr(s, m)(chars))
    for sep in ["", " ", "a", "Σ", ",", "ab"]:
        case("partition", s, sep, result=call(s.partition, sep))
        case("rpartition", s, sep, result=call(s.rpartition, sep))
    subs = FIND_SUBS + [s[1:3]]
    for sub in subs:
        for a, b in RANGES:
            a, b = resolve(a, n), resolve(b, n)
            for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
                case(m, s, sub, a, b, result=call(getattr(s, m), sub, a, b))
    for old, new in [("a", "X"), ("", "-"), ("Σ", "σσ"), ("ab", ""), (" ", "  "), (s[:1], "😀")]:
        for cnt in [-1, 0, 1, 2]:
            case("replace", s, old, new, cnt, result=s.replace(old, new, cnt))
    for ts in [8, 4, 1, 0, -1]:
        case("expandtabs", s, ts, result=s.expandtabs(ts))
    for w in WIDTHS:
        for fill in FILLS:
            for m in ["center", "ljust", "rjust"]:
                case(m, s, w, fill, result=call(getattr(s, m), w, fill))
        case("zfill", s, w, result=s.zfill(w))
    for aff in ["", "a", "ab", s[:2], s[-2:], "😀"]:
        case("removeprefix", s, aff, result=s.removeprefix(aff))
        case("removesuffix", s, aff, result=s.removesuffix(aff))
    case("join", s, ["x", "yz", ""], result=s.join(["x", "yz", ""]))
    case("join", s, [], result=s.join([]))
    case("join", ",", list(s), result=",".join(list(s)))
    for sl in SLICES:
        a, b, c = slice(*sl).indices(n)
        case("slice", s, a, b, c, result=s[slice(*sl)])
    for i in range(n):
        case("getitem", s, i, result=s[i])
    for i in range(n + 2):
        case("char_to_byte", s, i, result=len(s[:i].encode("utf-8")))
    case("translate", s, result=s.translate(TRANSLATE_TABLE))
    for enc in ["utf-8", "ascii", "latin-1", "utf-16-be", "UTF8", "cp1252", "no-such-codec"]:
        for err in ["strict", "replace", "backslashreplace", "xmlcharrefreplace", "bogus"]:
            case("encode", s, enc, err, result=call(s.encode, enc, err))


BYTES = [s.encode("utf-8") for s in STRS[:45]] + [
    b"\xff\xfe", b"a\x80b", b"\xe9t\xe9", b" \t\n\r\x0b\x0cx\x1c", b"\x00\x7f\x80\xff",
    "straße".encode("latin-1"), b"ABC def GHI", b"a\r\nb\rc\nd", b"'\"", b"a'b", b'a"b',
]

DECODE_INPUTS = [
    b"", b"abc", b"\xff", b"a\x80\x81b", b"\xe2\x82", b"\xe2\x82\xac", b"\xe2\x28\xa1", b"\xe0\x80",
    b"\xed\xa0\x80x", b"\xf0\x9f\x98", b"\xf0\x9f\x98x", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xf8",
    b"caf\xc3\xa9", b"\xc3", b"a\x00b", "ΣΑΣ😀".encode("utf-8"), "ab😀".encode("utf-16"),
    "ab😀".encode("utf-16-be"), "ab😀".encode("utf-32"), b"\x00", b"\x00\xd8a\x00", b"\x00\xdc",
    b"\x00\xd8", b"\x00\xd8\x00", b"\xff\xfea", b"\xfe\xff\x00a", b"\x00\x00\x11\x00",
    b"\x00\xd8\x00\x00", b"a\x00\x00", b"\xff\xfe\x00\x00a", b"\x00\x00\xfe\xff\x00\x00\x00a",
]


def bytes_cases(out, b):
    def case(name, *args, result):
        out.append("%s %s => %s" % (name, " ".join(tok(a) for a in args), tok(result)))

    n = len(b)
    case("b.repr", b, result=repr(b))
    case("ba.repr", b, result=repr(bytearray(b)))
    for p in ["isalpha", "isalnum", "isdigit", "isspace", "islower", "isupper", "istitle", "isascii"]:
        case("b." + p, b, result=getattr(b, p)())
    for m in ["lower", "upper", "title", "capitalize", "swapcase"]:
        case("b." + m, b, result=getattr(b, m)())
    for sep in [None, b" ", b"a", b"ab", b"", b","]:
        for mx in MAXSPLITS:
            case("b.split", b, sep, mx, result=call(b.split, sep, mx))
            case("b.rsplit", b, sep, mx, result=call(b.rsplit, sep, mx))
    for ke in (False, True):
        case("b.splitlines", b, ke, result=b.splitlines(ke))
    for chars in [None, b"", b" ", b"ab", b"\xff"]:
        for m in ["strip", "lstrip", "rstrip"]:
            case("b." + m, b, chars, result=getattr(b, m)(chars))
    for sep in [b"", b" ", b"a", b","]:
        case("b.partition", b, sep, result=call(b.partition, sep))
        case("b.rpartition", b, sep, result=call(b.rpartition, sep))
    for sub in [b"", b"a", b"ab", b" ", b[1:3]]:
        for a, bb in RANGES:
            a, bb = resolve(a, n), resolve(bb, n)
            for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
                case("b." + m, b, sub, a, bb, result=call(getattr(b, m), sub, a, bb))
    for old, new in [(b"a", b"X"), (b"", b"-"), (b"ab", b""), (b" ", b"  ")]:
        for cnt in [-1, 0, 2]:
            case("b.replace", b, old, new, cnt, result=b.replace(old, new, cnt))
    for ts in [8, 3, 0]:
        case("b.expandtabs", b, ts, result=b.expandtabs(ts))
    for w in WIDTHS:
        for m in ["center", "ljust", "rjust"]:
            case("b." + m, b, w, b"*", result=getattr(b, m)(w, b"*"))
        case("b.zfill", b, w, result=b.zfill(w))
    case("b.join", b, [b"x", b"yz", b""], result=b.join([b"x", b"yz", b""]))
    case("b.hex", b, None, 1, result=b.hex())
    for sep in [":", "é", "\xff"]:
        for per in [1, 2, -2, 3, 0, 100]:
            case("b.hex", b, sep, per, result=call(b.hex, sep, per))
    case("b.translate", b, None, b"a ", result=b.translate(None, b"a "))
    table = bytes.maketrans(b"abc", b"xyz")
    case("b.translate", b, table, b"", result=b.translate(table, b""))
    case("b.translate", b, b"short", b"", result=call(b.translate, b"short", b""))
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in ["strict", "replace", "ignore", "backslashreplace"]:
            case("decode", b, enc, err, result=call(b.decode, enc, err))


def misc_cases(out):
    def case(name, *args, result):
        out.append("%s %s => %s" % (name, " ".join(tok(a) for a in args), tok(result)))

    for b in DECODE_INPUTS:
        for enc in ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                    "utf-32-le", "utf-32-be", "u8", "ISO-8859-1", "no-such-codec", "cp1252", "windows-1252"]:
            for err in ["strict", "replace", "ignore", "backslashreplace", "bogus"]:
                case("decode", b, enc, err, result=call(b.decode, enc, err))
    for h in ["", "00", "0a0B ff", " 01 02 ", "1 2", "0", "zz", "é1", "01 é", "0\x0b1", "abc",
              "ab\tcd\n", "0g", "ff" * 5, "\u3000ff"]:
        case("fromhex", h, result=call(bytes.fromhex, h))
    for s in INT_STRS:
        r = call(int, s)
        case("int", s, result=r if isinstance(r, int) else None)
    for f, t in [(b"abc", b"xyz"), (b"a", b"xy"), (b"", b"")]:
        case("b.maketrans", f, t, result=call(bytes.maketrans, f, t))


def char_line(cp):
    c = chr(cp)
    preds = "".join("1" if getattr(c, p)() else "0" for p in [
        "isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable",
        "isidentifier", "islower", "isupper", "istitle"])
    num = unicodedata.numeric(c, None)
    num = "n" if num is None else "%016x" % struct.unpack("<Q", struct.pack("<d", num))[0]
    fields = [
        "%x" % cp, preds, c.lower(), c.upper(), c.title(), c.casefold(), c.capitalize(),
        c.swapcase(), repr(c), ascii(c), str(unicodedata.decimal(c, -1)),
        str(unicodedata.digit(c, -1)), num, "1" if ("a" + c).isidentifier() else "0",
        str(len(("a" + c + "b").splitlines())), ("A" + c + "\u03a3").lower(),
        (c + "\u03a3").lower(), ("A\u03a3" + c).lower(), (c + "a").title(), c.split().__repr__(),
    ]
    return "|".join(fields) + "\n"


def fnv(data):
    h = 0xcbf29ce484222325
    for x in data:
        h = ((h ^ x) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def block_text(start):
    return "".join(char_line(cp) for cp in range(start, start + 256) if not 0xD800 <= cp < 0xE000)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "block":
        sys.stdout.write(block_text(int(sys.argv[2], 0) & ~0xff))
        return
    os.makedirs(DATA, exist_ok=True)
    out = []
    ncases = 0
    for group, fn in ((STRS, str_cases), (BYTES, bytes_cases)):
        for x in group:
            SUBJECT[0] = None
            out.append("@ " + tok(x))
            SUBJECT[0] = x
            before = len(out)
            fn(out, x)
            ncases += len(out) - before
    SUBJECT[0] = None
    out.append("@ n")
    before = len(out)
    misc_cases(out)
    ncases += len(out) - before
    with open(os.path.join(DATA, "strlib_cases.txt"), "w") as fh:
        fh.write("# generated by tests/scripts/gen_strlib_expected.py from CPython %s\n" % sys.version.split()[0])
        fh.write("\n".join(out) + "\n")
    lines = []
    for start in range(0, 0x110000, 256):
        lines.append("%x %016x" % (start, fnv(block_text(start).encode("utf-8"))))
    with open(os.path.join(DATA, "strlib_chars.txt"), "w") as fh:
        fh.write("# generated by tests/scripts/gen_strlib_expected.py: FNV-1a 64 per 256-code-point block\n")
        fh.write("\n".join(lines) + "\n")
    print("%d cases, %d char blocks" % (ncases, len(lines)))


main()
