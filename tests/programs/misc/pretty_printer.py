# a hand-written JSON-like pretty printer and serializer
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append("\\u%04x" % ord(ch) if ord(ch) < 0x10000 else "\\u%04x\\u%04x" % divmod(ord(ch) - 0x10000, 0x400))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
def dump(v, indent=0, step=2):
    pad = " " * indent
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return escape(v)
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        inner = [" " * (indent + step) + dump(x, indent + step, step) for x in v]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = [" " * (indent + step) + escape(str(k)) + ": " + dump(val, indent + step, step) for k, val in v.items()]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not serializable")
doc = {
    "name": "Krait",
    "version": [0, 1, 0],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "big": 2 ** 70,
    "tags": ["python", "rust", "jit"],
    "nested": {"empty_list": [], "empty_dict": {}, "quote": 'say "hi"\n', "unicode": "é中😀"},
    "matrix": [[1, 2], [3, 4]],
}
print(dump(doc))
print(dump([1, [2, [3, [4]]]], step=4))
print(dump("back\\slash"), dump(True), dump(()), dump({1: "int key"}))
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
