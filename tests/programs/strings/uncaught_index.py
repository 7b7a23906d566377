# string processing that ends with an uncaught IndexError
def initials(name):
    return "".join(part[0].upper() for part in name.split(" "))
names = ["ada lovelace", "alan mathison turing", "grace hopper"]
for n in names:
    print(n, "->", initials(n))
print(initials("guido van rossum"))
parts = "x  y".split(" ")
print(parts, len(parts))
print([p[:1] for p in parts])
def first_char(s):
    return s[0]
for w in ["alpha", "b", "ω"]:
    print(w, first_char(w))
print("now the double space")
print(initials("double  space"))
print("unreachable")
