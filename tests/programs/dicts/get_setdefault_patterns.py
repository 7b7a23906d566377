# idioms with get, setdefault and in
text = "the rain in spain stays mainly in the plain"
counts = {}
for ch in text.replace(" ", ""):
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
positions = {}
for i, w in enumerate(text.split()):
    positions.setdefault(w, []).append(i)
print(positions)
first_letter = {}
for w in text.split():
    if w[0] not in first_letter:
        first_letter[w[0]] = set()
    first_letter[w[0]].add(len(w))
print({k: sorted(v) for k, v in first_letter.items()})
default = []
a = {}.get("missing", default)
a.append(1)
print(default, {}.get("x"), {"x": None}.get("x", "dflt"), {"x": 0}.get("x") or "falsy")
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    cache[n] = r = n if n < 2 else fib(n - 1) + fib(n - 2)
    return r
print(fib(80), len(cache), list(cache)[:5])
stock = {"apple": 3}
for item in ["apple", "pear", "apple", "fig"]:
    stock[item] = stock.setdefault(item, 0) + 1
print(stock)
sd = {}
print(sd.setdefault("k", []), sd.setdefault("k", [1]), sd, sd.setdefault("n"), sd)
adj = {}
for a, b in [(1, 2), (2, 3), (1, 3), (4, 1)]:
    adj.setdefault(a, set()).add(b)
    adj.setdefault(b, set()).add(a)
print({k: sorted(v) for k, v in sorted(adj.items())})
