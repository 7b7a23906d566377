# int.to_bytes / int.from_bytes
for v in [0, 1, 255, 256, 65535, 2 ** 31, 2 ** 64 - 1]:
    print(v, v.to_bytes(8, "big"), v.to_bytes(8, "little"))
for v in [-1, -128, -129, 127, -32768, 32767]:
    print(v, v.to_bytes(2, "big", signed=True), v.to_bytes(4, "little", signed=True))
print((1024).to_bytes(2), (1).to_bytes(), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"", "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x02"), "little"))
print(int.from_bytes(b"\x01\x00"), int.from_bytes((255, 0), byteorder="little", signed=True))
big = 3 ** 100
data = big.to_bytes(20, "big")
print(data.hex(), int.from_bytes(data, "big") == big)
print(int.from_bytes(big.to_bytes(20, "little"), "little") == big)
cases = [(256, 1, "big", False), (-1, 4, "big", False), (128, 1, "big", True), (-129, 1, "little", True),
         (0, -1, "big", False), (1, 1, "middle", False), (2 ** 64, 8, "little", False)]
for v, n, order, signed in cases:
    try:
        print(v.to_bytes(n, order, signed=signed))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int.from_bytes(b"\x01", "sideways")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes("abc", "big")
except TypeError as e:
    print(type(e).__name__, e)
class B(int):
    pass
r = B.from_bytes(b"\x07", "big")
print(type(r).__name__, r)
print(bool.from_bytes(b"\x00", "big"), bool.from_bytes(b"\x05", "big"))
