# classic string algorithms written by hand
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "Was it a car or a cat I saw?", "été"]:
    print(repr(s), is_palindrome(s))
def anagram_groups(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w.lower())), []).append(w)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])
print(anagram_groups(["listen", "silent", "enlist", "google", "elgoog", "cat", "act", "tac", "dog", "Inlets"]))
def longest_common_prefix(words):
    if not words:
        return ""
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix
print(repr(longest_common_prefix(["flower", "flow", "flight"])), repr(longest_common_prefix(["interstellar", "internet", "interval"])))
def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            dp[i + 1][j + 1] = dp[i][j] + a[i] if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j], key=len)
    return dp[-1][-1]
print(lcs("AGGTAB", "GXTXAYB"), lcs("abcdef", "acf"), lcs("ß中文", "中x文"))
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("straße", "strasse")]:
    print(a, b, edit_distance(a, b))
def kmp_find_all(text, pat):
    fail = [0] * len(pat)
    k = 0
    for i in range(1, len(pat)):
        while k and pat[i] != pat[k]:
            k = fail[k - 1]
        if pat[i] == pat[k]:
            k += 1
        fail[i] = k
    res, k = [], 0
    for i, ch in enumerate(text):
        while k and ch != pat[k]:
            k = fail[k - 1]
        if ch == pat[k]:
            k += 1
        if k == len(pat):
            res.append(i - k + 1)
            k = fail[k - 1]
    return res
text = "abababcabababcababab"
print(kmp_find_all(text, "abab"), kmp_find_all(text, "abc"), kmp_find_all("aaaa", "aa"), text.count("abab"))
print(" ".join(w[::-1] for w in "reverse each word here".split()), " ".join(reversed("reverse word order".split())))
print("".join(c for c in "Hello, World!" if c.isalpha()).swapcase(), sorted("hello world".replace(" ", ""), key="helo wrd".index))
