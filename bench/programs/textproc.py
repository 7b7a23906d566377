"""Text processing: generate sentences, then split, count, join and format them."""

import random
import sys

SYLLABLES = ["ka", "ri", "to", "ne", "su", "mo", "la", "vi", "pe", "dor", "quin", "ash", "el", "bru"]


def make_vocabulary(size):
    words = []
    seen = set()
    while len(words) < size:
        word = "".join(random.choice(SYLLABLES) for _ in range(random.randint(1, 3)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def make_text(words, sentences):
    # A skewed distribution: earlier words are much more common.
    lines = []
    for _ in range(sentences):
        length = random.randint(4, 14)
        picked = [words[min(random.randrange(len(words)), random.randrange(len(words)))] for _ in range(length)]
        sentence = " ".join(picked).capitalize()
        if random.random() < 0.3:
            sentence = sentence.replace(" ", ", ", 1)
        lines.append(sentence + random.choice([".", ".", ".", "!", "?"]))
    return "\n".join(lines)


def word_counts(text):
    counts = {}
    for line in text.splitlines():
        for raw in line.split():
            word = raw.strip(".,!?").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def bigram_counts(text):
    counts = {}
    for line in text.split("\n"):
        tokens = [t.strip(".,!?").lower() for t in line.split(" ")]
        for a, b in zip(tokens, tokens[1:]):
            key = f"{a}_{b}"
            counts[key] = counts.get(key, 0) + 1
    return counts


def letter_stats(text):
    vowels = sum(text.count(v) for v in "aeiou")
    upper = sum(1 for ch in text if ch.isupper())
    return vowels, upper, text.count("\n") + 1


def report(counts, top):
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    width = max(len(w) for w, _ in ranked)
    return [f"{w:>{width}} {c:6d} {'#' * (c * 30 // ranked[0][1])}" for w, c in ranked]


def reformat(text, width):
    """Greedy re-wrap of all words into lines of at most `width` characters."""
    lines, current = [], []
    used = 0
    for word in text.split():
        if current and used + 1 + len(word) > width:
            lines.append(" ".join(current))
            current, used = [], 0
        used += len(word) + (1 if current else 0)
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


def main():
    sentences = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    random.seed(7)
    words = make_vocabulary(300)
    text = make_text(words, sentences)
    counts = word_counts(text)
    print(f"{len(text)} chars, {len(counts)} distinct words, {sum(counts.values())} total")
    for line in report(counts, 8):
        print(line)
    bigrams = bigram_counts(text)
    print(f"{len(bigrams)} distinct bigrams")
    for line in report(bigrams, 5):
        print(line)
    print("vowels={} upper={} lines={}".format(*letter_stats(text)))
    wrapped = reformat(text, 72)
    checksum = 0
    for line in wrapped:
        checksum = (checksum * 33 + len(line) + ord(line[-1])) % 1000000007
    print(f"wrapped into {len(wrapped)} lines, checksum {checksum}")


if __name__ == "__main__":
    main()
