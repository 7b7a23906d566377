# re: the common subset (classes, anchors, groups, alternation, quantifiers, flags, API).
import re

tests = [
    (r"\d+", "abc 123 def 4567"), (r"[a-z]+", "Hello World"), (r"^\w+", "first second"),
    (r"\w+$", "first second"), (r"colou?r", "my color and colour"), (r"a.c", "abc a\nc axc"),
    (r"(\d{3})-(\d{4})", "call 555-1234 now"), (r"(?P<user>\w+)@(?P<host>[\w.]+)", "mail bob@example.com"),
    (r"\bcat\b", "concat cat category"), (r"a{2,3}", "a aa aaa aaaa"), (r"a{2,}?", "aaaa"),
    (r"<.*>", "<a><b>"), (r"<.*?>", "<a><b>"), (r"(ab)+", "ababab x"), (r"x*", "axxb"),
    (r"[^aeiou\s]+", "hello world"), (r"\s+", "a  b\t\nc"), (r"(a|b|c)+d", "xxabcad"),
    (r"(\w)\1", "hello book"), (r"(?i)hello", "HeLLo"), (r"[\d.]+", "v1.2.3 ok"), (r"\$\d+\.\d\d", "cost $12.50"),
    (r"(?:\d+,)*\d+", "1,22,333;"), (r"foo(?=bar)", "foobaz foobar"), (r"(?<!x)y", "xy zy"),
    (r"(?<=\$)\d+", "pay $30"), (r"[-+]?\d*\.?\d+", "x=-3.5e"), (r"\W+", "a, b; c"), (r"(a*)*b", "aaab"),
    (r"(?P<word>\w+) (?P=word)", "the the end"), (r"[A-Z][a-z]*(?: [A-Z][a-z]*)*", "visit New York City now"),
]
for pat, text in tests:
    m = re.search(pat, text)
    print(repr(pat), m, m and m.groups(), re.findall(pat, text))

m = re.match(r"(?P<key>\w+)=(?P<value>\w*)", "name=krait; x")
print(m.group(), m.group(1), m.group("value"), m.group(0, 2), m["key"], m.groups(), m.groupdict())
print(m.span(), m.start(2), m.end("key"), m.lastindex, m.lastgroup, m.re.pattern, m.string)
print(re.match(r"b", "abc"), re.fullmatch(r"\w+", "abc"), re.fullmatch(r"\w+", "abc!"), re.match("", "x"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home x@y"))
print(re.sub(r"(?P<n>\d+)", r"<\g<n>>", "a1b22"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.subn(r"o", "0", "foo boo"), re.sub("o", "0", "foo boo", count=2), re.sub("x*", "-", "abxd"))
print(re.split(r"\s*,\s*", "a , b,c ,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"x", "axbxc", maxsplit=1))
print(re.split(r"\b", "hi there"), re.split(r"", "abc"), re.split(r"[,;]", "a,b;c"))
print([m.span() for m in re.finditer(r"\d+", "1 22 333")], re.findall(r"(\w)(\d)", "a1 b2 c"))
print(re.findall(r"^\w", "ab\ncd\nef", re.M), re.findall(r"\w$", "ab\ncd\nef", re.MULTILINE), re.findall(r"a.b", "a\nb", re.S))
print(re.findall(r"HELLO", "hello Hello", re.I), re.search(r"[a-z]+", "ABC def", re.IGNORECASE).group())
pat = re.compile(r"""
    (\d+)   # number
    \s*     # space
    (\w+)   # unit
""", re.VERBOSE)
print(pat.findall("10 kg, 5m"), pat.groups, pat.flags & re.VERBOSE != 0)
p = re.compile(r"(?P<a>x)(y)?")
print(p, p.groups, p.groupindex, p.match("x").groups(), p.match("x").groups("-"), p.search("zzxy").span(2))
print(re.compile("ab", re.I), re.compile("a") is re.compile("a"), re.escape("a.b*c?(d)"), re.escape("x y-z"))
print(p.match("x").group(2), p.match("xyz", 0, 1), re.compile(r"\d").search("a1b2", 2))
for bad in ["(", "a)", "*a", "[a", "a{2,1}", r"\q", "(?P<1a>x)", r"(a)\2"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error", repr(bad), e)
try:
    re.match(r"(a)", "a").group(5)
except IndexError as e:
    print("IndexError", e)
log = "2024-01-05 ERROR disk full\n2024-01-06 INFO ok\n2024-01-07 ERROR cpu hot"
for date, level, msg in re.findall(r"^(\d{4}-\d\d-\d\d) (ERROR|INFO) (.*)$", log, re.M):
    print(date, level, msg)
print(re.sub(r"([a-z])([A-Z])", r"\1_\2", "camelCaseName").lower(), re.match(r"\d+(?:\.\d+)?", "3.14abc").group())
