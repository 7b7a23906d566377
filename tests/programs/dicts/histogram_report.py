# letter and word-length histograms built with dicts, printed deterministically
text = """Now is the winter of our discontent
Made glorious summer by this sun of York;
And all the clouds that lour'd upon our house
In the deep bosom of the ocean buried."""
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total = sum(letters.values())
print(total, len(letters))
for ch, n in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
    print(f"{ch} {n:3} {n / total:6.2%} {'=' * n}")
missing = [c for c in "abcdefghijklmnopqrstuvwxyz" if c not in letters]
print("missing:", missing)
lengths = {}
for word in text.replace(";", " ").replace(".", " ").split():
    lengths.setdefault(len(word), []).append(word)
for n in sorted(lengths):
    print(n, len(lengths[n]), sorted(set(lengths[n]), key=str.lower))
line_stats = {i: {"words": len(l.split()), "chars": len(l), "vowels": sum(c in "aeiou" for c in l.lower())}
              for i, l in enumerate(text.splitlines(), 1)}
print(line_stats)
print(max(line_stats, key=lambda i: line_stats[i]["vowels"]), min(line_stats.values(), key=lambda s: s["chars"]))
inverse = {}
for ch, n in letters.items():
    inverse.setdefault(n, []).append(ch)
print({n: "".join(sorted(chs)) for n, chs in sorted(inverse.items(), reverse=True)})
