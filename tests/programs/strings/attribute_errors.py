# str method misuse: AttributeError messages
s = "Hello"
print(s.lower(), s.upper(), s.swapcase())
methods = ["lower", "upper", "title", "casefold", "strip"]
for m in methods:
    print(m, getattr(s, m)())
print(hasattr(s, "reverse"), hasattr(s, "join"))
try:
    s.append("!")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.upper = None
except AttributeError as e:
    print(type(e).__name__, e)
print("reversing")
try:
    print(s.reverse())
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj)
print(s[::-1], "".join(reversed(s)))
