# repr(float) is the shortest string that round-trips; exercised on a deterministic stream
state = 123456789
def lcg():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
vals = []
for i in range(60):
    bits = lcg()
    mant = bits >> 12
    exp = (bits >> 3) % 80 - 40
    v = (mant / 2 ** 52) * 10.0 ** exp
    if bits & 1:
        v = -v
    vals.append(v)
ok = True
for v in vals:
    r = repr(v)
    ok = ok and float(r) == v
    print(r, len(r.replace("-", "").replace(".", "").split("e")[0].lstrip("0")))
print("roundtrip", ok)
for k in range(1, 25):
    print(k, 1 / k, k / 10, k * 0.1, 2.0 ** -k, 10.0 ** k / 3)
print(float.fromhex((0.1).hex()), (0.1).hex(), repr(0.1 * 3), repr(4.35 * 100), repr(1.1 + 2.2))
