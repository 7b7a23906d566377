# partition and rpartition
s = "key=value=more"
for sep in ["=", "==", "key", "more", "x", "e", "ß"]:
    print(repr(sep), s.partition(sep), s.rpartition(sep))
print("".partition("x"), "".rpartition("x"), "abc".partition("abc"), "ßΣß".partition("Σ"))
print("a.b.c".rpartition("."), "a.b.c".partition("."), "😀|😀".partition("|"))
try:
    s.partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rpartition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.partition(None)
except TypeError as e:
    print(type(e).__name__, e)
config = """name = krait
version=0.1
# comment
empty =
path = /usr/bin:/bin
broken line"""
settings = {}
for line in config.splitlines():
    if line.startswith("#"):
        continue
    k, sep, v = line.partition("=")
    if not sep:
        print("skip", repr(line))
        continue
    settings[k.strip()] = v.strip()
print(settings)
head, _, tail = "/usr/local/lib/python3.11/os.py".rpartition("/")
print(head, tail, tail.rpartition(".")[0])
url = "https://example.com:8080/path/to?q=1#frag"
scheme, _, rest = url.partition("://")
hostport, _, path = rest.partition("/")
host, _, port = hostport.partition(":")
path, _, frag = path.partition("#")
path, _, query = path.partition("?")
print(scheme, host, port, path, query, frag)
