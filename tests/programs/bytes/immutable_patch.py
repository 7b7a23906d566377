# bytes are immutable: TypeError on item assignment
def checksum(data):
    total = 0
    for i, byte in enumerate(data):
        total = (total * 31 + byte * (i + 1)) % 65521
    return total
packets = [b"hello", b"world", bytes(range(10)), bytearray(b"mutable")]
for p in packets:
    print(p, checksum(p))
buf = bytearray(b"abc")
buf[0] = ord("A")
print(buf, checksum(buf))
def patch(data, pos, value):
    data[pos] = value
    return data
print(patch(bytearray(b"xyz"), 1, 89))
try:
    print(patch(b"xyz", 1, 89))
except TypeError as e:
    print(type(e).__name__, e)
print(patch(bytearray(b"xyz"), -1, 0))
