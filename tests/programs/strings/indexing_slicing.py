# indexing and slicing by code point, including non-ASCII and negative steps
s = "héllo wörld ß Σ 中文 😀!"
print(len(s), s[0], s[1], s[-1], s[-2], s[14], s[16:18])
for i in range(len(s)):
    print(i, repr(s[i]), ord(s[i]))
print(s[::-1])
print(s[::2], s[1::2], s[::-2], s[-3::-3])
print(s[2:9], s[-8:-2], s[5:2], s[5:2:-1], s[100:], s[:100], s[-100:3])
print(s[3:3], repr(s[len(s):]), s[::len(s)], s[::-len(s)])
e = "😀🎉👍🏽"
print(len(e), [hex(ord(c)) for c in e], e[::-1] == "".join(reversed(e)), e[1:3])
for start in (None, 0, 2, -2):
    for stop in (None, 3, -1):
        for step in (None, 1, -1, 2, -3):
            print(repr(s[start:stop:step]), end=" ")
    print()
for idx in (len(s), -len(s) - 1, 10 ** 20):
    try:
        s[idx]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(s[slice(1, 5)], s[slice(None, None, -4)], "abc"[True], "abc"[-True])
