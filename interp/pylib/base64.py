"""Base16, Base32 and Base64 encodings (RFC 4648), on top of binascii."""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b16encode", "b16decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]


def _input(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return bytes(s)
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, "
                        f"not '{type(s).__name__}'") from None


def _bytes_only(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(s)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'") from None


def b64encode(s, altchars=None):
    """Base64-encode bytes-like s (altchars replaces '+/')."""
    out = binascii.b2a_base64(_bytes_only(s), newline=False)
    if altchars is not None:
        altchars = _bytes_only(altchars)
        out = out.translate(bytes.maketrans(b"+/", altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 s (bytes or ASCII str)."""
    s = _input(s)
    if altchars is not None:
        altchars = _input(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=bool(validate))


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b"+/", b"-_"))


def urlsafe_b64decode(s):
    s = _input(s).translate(bytes.maketrans(b"-_", b"+/"))
    return b64decode(s)


def encodebytes(s):
    """Base64 with a newline after every 76 output characters."""
    s = _bytes_only(s)
    out = []
    for i in range(0, len(s), 57):
        out.append(binascii.b2a_base64(s[i:i + 57]))
    return b"".join(out)


def decodebytes(s):
    return binascii.a2b_base64(_bytes_only(s))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b32encode(s):
    """Base32-encode bytes-like s."""
    s = _bytes_only(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        v = int.from_bytes(chunk + b"\0" * (5 - len(chunk)), "big")
        enc = bytes(_B32[(v >> (35 - 5 * k)) & 31] for k in range(8))
        used = (len(chunk) * 8 + 4) // 5
        out += enc[:used] + b"=" * (8 - used)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 s."""
    s = _input(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        s = s.translate(bytes.maketrans(b"01", b"O" + _input(map01)))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    pad = len(s) - len(stripped)
    if pad not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        v = 0
        for c in chunk:
            k = _B32.find(bytes([c]))
            if k < 0:
                raise binascii.Error("Non-base32 digit found")
            v = v << 5 | k
        v <<= 5 * (8 - len(chunk))
        nbytes = len(chunk) * 5 // 8
        out += v.to_bytes(5, "big")[:nbytes]
    return bytes(out)


def b16encode(s):
    return binascii.hexlify(_bytes_only(s)).upper()


def b16decode(s, casefold=False):
    s = _input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


def encode(input, output):
    """Encode a binary file object to Base64 lines."""
    while True:
        s = input.read(57)
        if not s:
            break
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode Base64 lines from a file object."""
    output.write(binascii.a2b_base64(input.read()))
