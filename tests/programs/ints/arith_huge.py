# Arbitrary precision arithmetic with huge values
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(b // a, b % a)
print(-a // b, -a % b)
print(a // -b, a % -b)
c = 10 ** 50 + 12345
print(c * c)
print(c * c - c)
print((c * c) // c == c)
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(f // 2 ** 38, f % 1000007)
print(len(str(f)))
neg = -(7 ** 77)
print(neg, abs(neg), -neg)
print(neg * neg == 7 ** 154)
print(sum(range(10 ** 6)) * 10 ** 30)
x = 0
for k in range(100):
    x = x * 31 + k
print(x)
print(x.bit_length())
print(2 ** 64 - 1, 2 ** 64, 2 ** 64 + 1)
print(-(2 ** 63), 2 ** 63 - 1)
print((2 ** 63) * 2 == 2 ** 64)
print(2 ** 1000 // 2 ** 999)
print(10 ** 100 - 1)
big = 123456789 ** 9
print(big, big // 987654321, big % 987654321)
print(1 - 10 ** 40, -1 + 10 ** 40)
print(0 * big, big * -1)
