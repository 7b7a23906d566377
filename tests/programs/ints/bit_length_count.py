# bit_length and bit_count
for v in [0, 1, 2, 3, 7, 8, 255, 256, -1, -2, -255, -256, 2 ** 64 - 1, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(v, v.bit_length(), v.bit_count(), bin(v))
for i in range(0, 130, 13):
    n = (1 << i) - 1
    print(i, n.bit_length(), n.bit_count(), (n + 1).bit_length(), (-n).bit_count())
print(True.bit_length(), False.bit_length(), True.bit_count())
x = 0x5555555555555555555555555555
print(x.bit_count(), x.bit_length(), (~x).bit_count(), (~x).bit_length())
print(int.bit_length(12345), int.bit_count(12345))
total = 0
for k in range(1000):
    total += k.bit_count()
print(total)
for n in (1, 2, 3):
    print(n, n.bit_length(), (-n).bit_length(), (n << 100).bit_length(), (n << 100).bit_count())
