# hand-rolled binary serialization with to_bytes/from_bytes and bytearray
def pack_record(rec_id, name, score, flags):
    out = bytearray()
    out += rec_id.to_bytes(4, "little")
    encoded = name.encode("utf-8")
    out.append(len(encoded))
    out += encoded
    out += score.to_bytes(2, "big", signed=True)
    out.append(flags & 0xFF)
    return bytes(out)
def unpack_record(buf, pos):
    rec_id = int.from_bytes(buf[pos:pos + 4], "little")
    pos += 4
    n = buf[pos]
    pos += 1
    name = buf[pos:pos + n].decode("utf-8")
    pos += n
    score = int.from_bytes(buf[pos:pos + 2], "big", signed=True)
    pos += 2
    flags = buf[pos]
    return (rec_id, name, score, flags), pos + 1
records = [(1, "ada", 95, 0b101), (70000, "grace hopper", -12, 0xFF), (2 ** 32 - 1, "", 32767, 0), (42, "héllo 中", -32768, 7)]
blob = b"".join(pack_record(*r) for r in records)
print(len(blob), blob[:16], blob.hex()[:40])
pos = 0
decoded = []
while pos < len(blob):
    rec, pos = unpack_record(blob, pos)
    decoded.append(rec)
    print(rec)
print(decoded == records)
checksum = 0
for i, b in enumerate(blob):
    checksum = (checksum + b * (i % 7 + 1)) & 0xFFFF
print(checksum, hex(checksum), checksum.to_bytes(2, "big"))
header = b"KRT\x01" + len(records).to_bytes(2, "little") + checksum.to_bytes(2, "little")
print(header, header[:3].decode(), header[3], int.from_bytes(header[4:6], "little"), int.from_bytes(header[6:], "little"))
try:
    pack_record(1, "x" * 300, 0, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pack_record(1, "x", 40000, 0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    unpack_record(b"\x01\x00\x00\x00\x05ab", 0)
except (IndexError, UnicodeDecodeError) as e:
    print(type(e).__name__, e)
print(unpack_record(b"\x01\x00\x00\x00\x01\xff\x00\x00\x00", 0) if False else "skip")
