# greedy word wrapping and full justification written by hand
TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow. "
        "Supercalifragilisticexpialidocious words can be longer than the line width.")
def wrap(text, width):
    lines, cur = [], []
    for word in text.split():
        while len(word) > width:
            if cur:
                lines.append(cur)
                cur = []
            lines.append([word[:width - 1] + "-"])
            word = word[width - 1:]
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(cur)
            cur = []
        cur.append(word)
    if cur:
        lines.append(cur)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]
for width in (20, 32):
    lines = wrap(TEXT, width)
    print(f"width {width}: {len(lines)} lines")
    print("+" + "-" * width + "+")
    for i, words in enumerate(lines):
        last = i == len(lines) - 1
        body = " ".join(words).ljust(width) if last else justify(words, width)
        print("|" + body + "|")
    print("+" + "-" * width + "+")
for width in (20, 32):
    lines = [" ".join(w) for w in wrap(TEXT, width)]
    print([len(l) for l in lines])
    print("|".join(l.center(width, ".")[:8] for l in lines[:3]))
