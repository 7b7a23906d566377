# building strings incrementally, iterating, and converting between str and lists
s = ""
for i in range(10):
    s += chr(ord("a") + i) * (i % 3 + 1)
print(s, len(s))
parts = []
for word in ["alpha", "beta", "gamma"]:
    parts.append(word.capitalize())
    parts.append("-")
print("".join(parts[:-1]))
chars = list("hello world")
chars[0] = "H"
chars[6:] = list("WORLD")
print("".join(chars), chars.count("l"), chars.index("W"))
print([c for c in "a1b2c3" if c.isdigit()], [i for i, c in enumerate("banana") if c == "a"], list(enumerate("ab")))
for i, ch in enumerate("héllo"):
    print(i, ch, ord(ch), ch.upper(), ch * i)
acrostic = ["Krait", "Runs", "Awesome", "Interpreted", "Text"]
print("".join(w[0] for w in acrostic), "".join(w[-1] for w in acrostic), "/".join(w[:2] for w in acrostic))
table = "\n".join(" ".join(f"{i * j:3}" for j in range(1, 6)) for i in range(1, 6))
print(table)
print(len(table), table.count("\n"), table.split("\n")[2].split())
words = "one two three four five six".split()
print(", ".join(words[:-1]) + " and " + words[-1], "".join(map(str.title, words)), str(words))
csv = "name,age,city\nAda,36,London\nAlan,41,Wilmslow\nGrace,85,Arlington"
rows = [line.split(",") for line in csv.splitlines()]
header, *body = rows
print(header, body)
print([dict(zip(header, r)) for r in body])
widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
for r in rows:
    print(" | ".join(cell.ljust(w) for cell, w in zip(r, widths)))
print(s.upper().lower() == s, s[::-1][::-1] == s, "".join(sorted(s)) == "".join(sorted(s, reverse=True))[::-1])
