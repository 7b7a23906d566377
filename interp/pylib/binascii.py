"""Conversions between binary data and ASCII encodings: hex, base64 and
CRC-32 (the parts of CPython's binascii that base64 and scripts use)."""

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex",
           "b2a_base64", "a2b_base64", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_INDEX = {c: i for i, c in enumerate(_B64)}


def _bytes_arg(data, allow_str=False):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, str):
        if allow_str:
            try:
                return data.encode("ascii")
            except UnicodeEncodeError:
                raise ValueError("string argument should contain only ASCII characters") from None
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(data)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, as bytes."""
    data = _bytes_arg(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    """Binary data of a hexadecimal string (an even number of digits)."""
    hexstr = _bytes_arg(hexstr, True)
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(hexstr.decode("ascii").replace(" ", "!"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    """Base64 encoding of binary data, with a trailing newline by default."""
    data = _bytes_arg(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[-1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b"=="
    elif rest == 2:
        v = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Binary data of base64 text; characters outside the alphabet are
    skipped unless strict_mode."""
    data = _bytes_arg(data, True)
    vals = []
    pads = 0
    padding = False
    complete = False
    for i, c in enumerate(data):
        if c == 61:  # '='
            padding = True
            if strict_mode and len(vals) % 4 == 0:
                raise Error("Excess padding not allowed" if vals else "Leading padding not allowed")
            q = len(vals) % 4
            if q >= 2:
                pads += 1
                if q + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error("Excess data after padding")
                    complete = True
                    break
            continue
        k = _B64_INDEX.get(c)
        if k is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        vals.append(k)
    rem = len(vals) % 4
    if not complete and rem:
        if rem == 1:
            raise Error(
                "Invalid base64-encoded string: number of data characters "
                f"({len(vals)}) cannot be 1 more than a multiple of 4")
        raise Error("Incorrect padding")
    out = bytearray()
    full = len(vals) - rem
    for i in range(0, full, 4):
        v = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6) | vals[i + 3]
        out += bytes((v >> 16, (v >> 8) & 255, v & 255))
    if rem == 2:
        v = (vals[full] << 18) | (vals[full + 1] << 12)
        out.append(v >> 16)
    elif rem == 3:
        v = (vals[full] << 18) | (vals[full + 1] << 12) | (vals[full + 2] << 6)
        out += bytes((v >> 16, (v >> 8) & 255))
    return bytes(out)


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, crc=0):
    """CRC-32 of data, continuing from crc."""
    data = _bytes_arg(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
