# a hand-written parser for a JSON subset, round-tripping against repr-like output
class ParseError(ValueError): pass
def parse(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
    def value():
        nonlocal pos
        ws()
        if pos >= len(text):
            raise ParseError("unexpected end of input")
        ch = text[pos]
        if ch == "{":
            pos += 1
            obj = {}
            ws()
            if text[pos] == "}": pos += 1; return obj
            while True:
                ws()
                key = value()
                if not isinstance(key, str):
                    raise ParseError(f"object key must be string at {pos}")
                ws()
                if text[pos] != ":":
                    raise ParseError(f"expected ':' at {pos}")
                pos += 1
                obj[key] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "}": pos += 1; return obj
                else:
                    raise ParseError(f"expected ',' or '}}' at {pos}")
        if ch == "[":
            pos += 1
            arr = []
            ws()
            if text[pos] == "]": pos += 1; return arr
            while True:
                arr.append(value())
                ws()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "]": pos += 1; return arr
                else:
                    raise ParseError(f"expected ',' or ']' at {pos}")
        if ch == '"':
            end = text.index('"', pos + 1)
            s = text[pos + 1:end].replace("\\n", "\n")
            pos = end + 1
            return s
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        if not num:
            raise ParseError(f"unexpected character {ch!r} at {pos}")
        return float(num) if any(c in num for c in ".eE") else int(num)
    result = value()
    ws()
    if pos != len(text):
        raise ParseError(f"trailing data at {pos}")
    return result
doc = '{"name": "Krait", "version": [0, 1, 2], "ok": true, "none": null, "pi": 3.14, "big": 123456789012345678901234567890, "nested": {"a": [], "b": {}, "c": [1.5e3, -2, "x\\ny"]}}'
r = parse(doc)
print(r)
print(r["nested"]["c"], r["big"] + 1, type(r["pi"]).__name__, list(r))
for bad in ['{"a" 1}', "[1, 2", "[1 2]", "{1: 2}", "@", "", "[1] x", '{"a": }']:
    try:
        print(parse(bad))
    except (ParseError, IndexError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
