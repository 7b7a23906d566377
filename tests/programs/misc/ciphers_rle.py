# run-length encoding, caesar and vigenere ciphers, base conversion by hand
def rle_encode(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "ééé中中😀"]:
    e = rle_encode(s)
    print(repr(s), e, rle_decode(e) == s)
def caesar(s, k):
    def shift(ch):
        if "a" <= ch <= "z":
            return chr((ord(ch) - 97 + k) % 26 + 97)
        if "A" <= ch <= "Z":
            return chr((ord(ch) - 65 + k) % 26 + 65)
        return ch
    return "".join(map(shift, s))
msg = "Attack at Dawn! Zebra-crossing 123."
for k in (1, 3, 13, 25, -1, 52):
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
def vigenere(s, key, sign=1):
    out, ki = [], 0
    for ch in s:
        if ch.isalpha() and ch.isascii():
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + sign * (ord(key[ki % len(key)].lower()) - 97)) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere(msg, "LEMON")
print(v, vigenere(v, "LEMON", -1))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign, n = ("-", -n) if n < 0 else ("", n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 255, -255, 2 ** 64, 123456789]:
    print(n, [to_base(n, b) for b in (2, 7, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
