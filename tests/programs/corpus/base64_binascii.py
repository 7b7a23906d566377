# base64 and binascii: encodings round-trip, padding rules and errors.
import base64
import binascii

for data in [b"", b"a", b"ab", b"abc", b"abcd", b"Hello, World!", bytes(range(256))[:40], "héllo".encode()]:
    e64 = base64.b64encode(data)
    print(data[:12], e64, base64.b64decode(e64) == data, base64.b32encode(data), base64.b16encode(data),
          base64.urlsafe_b64encode(data), binascii.hexlify(data), binascii.crc32(data))
print(base64.b64decode("SGVsbG8="), base64.b64decode(b"SGVs bG8=\n"), base64.b32decode(b"JBSWY3DP"),
      base64.b16decode("4869"), base64.standard_b64decode("YQ=="), base64.urlsafe_b64decode("-_8="))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\n"), base64.b64encode(b"\xfb\xff", b"-_"))
print(binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("01ab"), binascii.b2a_base64(b"hi"),
      binascii.a2b_base64(b"aGk=\n"), binascii.b2a_hex(b"xyz"), binascii.a2b_hex(b"78797a"))
for bad in [b"YQ", b"Y", b"YWJjZ", "é"]:
    try:
        print(base64.b64decode(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
try:
    base64.b64decode(b"YQ=!", validate=True)
except binascii.Error as e:
    print("Error", e)
try:
    binascii.unhexlify(b"abc")
except binascii.Error as e:
    print("Error", e)
try:
    base64.b64encode("str")
except TypeError as e:
    print("TypeError", e)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
