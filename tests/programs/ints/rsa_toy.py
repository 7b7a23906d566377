# toy RSA with big ints: extended gcd, modular inverse, pow with modulus
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n
p = next_prime(10 ** 40 + 12345)
q = next_prime(3 * 10 ** 39 + 777)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
g, x, _ = egcd(e, phi)
d = x % phi
print("p =", p)
print("q =", q)
print("n =", n, n.bit_length())
print("gcd", g, "d == pow(e, -1, phi):", d == pow(e, -1, phi), (d * e) % phi)
for msg in [42, 123456789, 2 ** 100 + 7, n - 1]:
    c = pow(msg, e, n)
    back = pow(c, d, n)
    print(msg, c % 10 ** 12, back == msg)
text = "Krait!"
m = int.from_bytes(text.encode(), "big")
c = pow(m, e, n)
print(m, pow(c, d, n).to_bytes(len(text), "big").decode())
print([k for k in range(2, 60) if is_probable_prime(k)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 67 - 1), is_probable_prime(561), egcd(240, 46))
try:
    pow(p, -1, p * 2)
except ValueError as e:
    print(type(e).__name__, e)
