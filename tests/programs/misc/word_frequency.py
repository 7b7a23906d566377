# word frequency counter over a fixed text
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""
def tokenize(text):
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)
words = list(tokenize(TEXT))
print(len(words), "words,", len(set(words)), "distinct")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:10]:
    print(f"{word:<12}{count:>3} {'#' * count}")
print("hapax:", sorted(w for w, c in freq.items() if c == 1))
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    ws = list(tokenize(line))
    print(i, len(line), len(ws), max(ws, key=len), line.count(","))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(sum(len(w) for w in words) / len(words))
