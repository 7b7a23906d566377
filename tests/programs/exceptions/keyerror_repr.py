# KeyError's str() uses repr of the key; other exceptions do not.
for key in ["word", "", 1, (1, 2), None, "with 'quote'", 1.5]:
    try:
        {}[key]
    except KeyError as e:
        print(f"str={str(e)} repr={e!r} args={e.args}")
try:
    {}["a"]
except LookupError as e:
    print("LookupError catches KeyError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1, 2}.remove(3)
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d = {"k": 1}
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
print(str(KeyError("multi", "args")), str(KeyError(("tuple",))))
