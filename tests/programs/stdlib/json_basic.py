# json: dumps formatting (indent, separators, sort_keys, escapes, floats) and loads (values, errors).
import json
from collections import OrderedDict

data = {"name": "Krait", "version": 3.11, "tags": ["fast", "jit"], "ok": True, "none": None,
        "nested": {"a": [1, 2, {"b": []}], "c": {}}, "count": 10 ** 20, "neg": -0.0, "tuple": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps([1.0, 0.1, 1e16, 1e-7, 123456789.123, 2.5e-300, float("inf"), float("-inf"), float("nan")]))
print(json.dumps("héllo wörld ☃ 😀 \u0000\u001f\x7f \t\n\r\b\f \" \\ /"))
print(json.dumps("héllo ☃ 😀 \x7f \n", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=1))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps([]), json.dumps({}), json.dumps(""), json.dumps(None))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps(3), json.dumps(-7.5), json.dumps(True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
for bad, kwargs in [(Point(1, 2), {}), ({(1, 2): 3}, {}), (float("nan"), {"allow_nan": False}), ({1, 2}, {})]:
    try:
        json.dumps(bad, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError", e)

text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n\\ud83d\\ude00"}, "e": "", "f": 0}'
obj = json.loads(text)
print(obj, obj["b"]["c"])
print(json.loads("  [ ]  "), json.loads("{}"), json.loads('"x"'), json.loads("12"), json.loads("-0"), json.loads("1.5e3"))
print(json.loads("[NaN, Infinity, -Infinity]"), json.loads(b'{"k": 1}'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=list), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.loads("[1.5, 2]", parse_float=str, parse_int=float))
print(json.loads(json.dumps(data)) == {**data, "tuple": [1, 2]}, json.loads("123456789012345678901234567890"))
for bad in ["", "[1,]", '{"a":1,}', "[1 2]", '{"a" 1}', "{1: 2}", '"abc', '"a\\x"', '"\\u12"', "[", "tru", "1 2",
            '{"a":', "\ufeff[]", '"\x01"', "[-]", "01", "{", '["a",', "\n\n  x"]:
    try:
        json.loads(bad)
        print(repr(bad), "ok")
    except json.JSONDecodeError as e:
        print(repr(bad), e.msg, "|", e, e.pos, e.lineno, e.colno)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(json.JSONDecoder().raw_decode('{"a": 1} tail'))
