"""Conversion between Python values and C structs packed as bytes:
pack, unpack, calcsize, pack_into, unpack_from, iter_unpack and Struct.

Integers use int.to_bytes/from_bytes; floats go through the native
_struct helpers (IEEE 754 binary16/32/64). Native mode ('@', the default)
uses x86-64 sizes and alignment; '=', '<', '>' and '!' use standard sizes
without alignment.
"""

import _struct

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
           "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"

# code -> (native size, standard size or None when native-only)
_SIZES = {
    "x": (1, 1), "c": (1, 1), "b": (1, 1), "B": (1, 1), "?": (1, 1),
    "h": (2, 2), "H": (2, 2), "i": (4, 4), "I": (4, 4), "l": (8, 4), "L": (8, 4),
    "q": (8, 8), "Q": (8, 8), "n": (8, None), "N": (8, None), "e": (2, 2),
    "f": (4, 4), "d": (8, 8), "s": (1, 1), "p": (1, 1), "P": (8, None),
}
_INT_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}
_cache = {}


def _parse(fmt):
    # -> (size, little, [(code, count, offset)], n_items)
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(fmt).__name__}")
    hit = _cache.get(fmt)
    if hit is not None:
        return hit
    i = 0
    native = True
    little = True
    if fmt and fmt[0] in "@=<>!":
        native = fmt[0] == "@"
        little = fmt[0] in "@=<"
        i = 1
    items = []
    offset = 0
    nitems = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        sizes = _SIZES.get(c)
        if sizes is None or (not native and sizes[1] is None):
            raise error("bad char in struct format")
        size = sizes[0] if native else sizes[1]
        if native and size > 1 and c not in "sp":
            offset = (offset + size - 1) // size * size
        if count is None:
            count = 1
        items.append((c, count, offset))
        if c in "sp":
            offset += count
            nitems += 1
        else:
            offset += size * count
            if c != "x":
                nitems += count
    result = (offset, little, native, tuple(items), nitems)
    if len(_cache) > 100:
        _cache.clear()
    _cache[fmt] = result
    return result


def _int_arg(v):
    if isinstance(v, int):
        return int(v)
    idx = getattr(type(v), "__index__", None)
    if idx is None:
        raise error("required argument is not an integer")
    return idx(v)


def _pack_int(c, v, size, little, native):
    v = _int_arg(v)
    signed = c.islower()
    if signed:
        lo, hi = -(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1
    else:
        lo, hi = 0, (1 << (size * 8)) - 1
    if not lo <= v <= hi:
        if c in _INT_NAMES:
            raise error(f"{_INT_NAMES[c]} format requires {lo} <= number <= {hi}")
        if size == 8 or v < 0 and not signed:
            raise error("argument out of range")
        raise error(f"'{c}' format requires {lo} <= number <= {hi}")
    return v.to_bytes(size, "little" if little else "big", signed=signed)


def _pack(parsed, args):
    size, little, native, items, nitems = parsed
    if len(args) != nitems:
        raise error(f"pack expected {nitems} items for packing (got {len(args)})")
    out = bytearray()
    k = 0
    for c, count, offset in items:
        if len(out) < offset and c not in "x":
            out += b"\0" * (offset - len(out))
        if c == "x":
            out += b"\0" * (offset - len(out) + count)
            continue
        if c in "sp":
            v = args[k]
            k += 1
            if not isinstance(v, (bytes, bytearray)):
                raise error(f"argument for '{c}' must be a bytes object")
            if c == "s":
                data = bytes(v[:count])
                out += data + b"\0" * (count - len(data))
            elif count:
                data = bytes(v[:count - 1])
                out += bytes([min(len(data), 255)]) + data + b"\0" * (count - 1 - len(data))
            continue
        esize = _SIZES[c][0] if native else _SIZES[c][1]
        for _ in range(count):
            v = args[k]
            k += 1
            if c == "c":
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                out += v
            elif c == "?":
                out.append(1 if v else 0)
            elif c in "efd":
                if not isinstance(v, (int, float)):
                    if hasattr(type(v), "__float__"):
                        v = float(v)
                    else:
                        raise error("required argument is not a float")
                out += _struct.pack_float(float(v), esize, little)
            else:
                out += _pack_int(c, v, esize, little, native)
    if len(out) < size:
        out += b"\0" * (size - len(out))
    return bytes(out)


def _unpack(parsed, data):
    size, little, native, items, nitems = parsed
    out = []
    order = "little" if little else "big"
    for c, count, offset in items:
        if c == "x":
            continue
        if c == "s":
            out.append(bytes(data[offset:offset + count]))
            continue
        if c == "p":
            if count:
                n = min(data[offset], count - 1)
                out.append(bytes(data[offset + 1:offset + 1 + n]))
            else:
                out.append(b"")
            continue
        esize = _SIZES[c][0] if native else _SIZES[c][1]
        for j in range(count):
            chunk = bytes(data[offset + j * esize:offset + (j + 1) * esize])
            if c == "c":
                out.append(chunk)
            elif c == "?":
                out.append(chunk != b"\0")
            elif c in "efd":
                out.append(_struct.unpack_float(chunk, little))
            else:
                out.append(int.from_bytes(chunk, order, signed=c.islower()))
    return tuple(out)


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(data)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def calcsize(format):
    """The size in bytes of the struct described by format."""
    return _parse(format)[0]


def pack(format, *args):
    """Pack the values into bytes according to format."""
    return _pack(_parse(format), args)


def unpack(format, buffer):
    """Unpack bytes (exactly calcsize(format) long) into a tuple."""
    parsed = _parse(format)
    buffer = _buffer(buffer)
    if len(buffer) != parsed[0]:
        raise error(f"unpack requires a buffer of {parsed[0]} bytes")
    return _unpack(parsed, buffer)


def unpack_from(format, buffer, offset=0):
    """Unpack from buffer starting at offset."""
    parsed = _parse(format)
    buffer = _buffer(buffer)
    if offset < 0:
        offset += len(buffer)
    if len(buffer) - offset < parsed[0]:
        raise error(
            f"unpack_from requires a buffer of at least {parsed[0] + offset} bytes for "
            f"unpacking {parsed[0]} bytes at offset {offset} (actual buffer size is {len(buffer)})")
    return _unpack(parsed, buffer[offset:offset + parsed[0]])


def pack_into(format, buffer, offset, *args):
    """Pack the values into a writable buffer at offset."""
    data = _pack(_parse(format), args)
    if offset < 0:
        offset += len(buffer)
    if len(buffer) - offset < len(data):
        raise error(
            f"pack_into requires a buffer of at least {len(data) + offset} bytes for packing "
            f"{len(data)} bytes at offset {offset} (actual buffer size is {len(buffer)})")
    buffer[offset:offset + len(data)] = data


def iter_unpack(format, buffer):
    """Iterate over consecutive structs in buffer."""
    parsed = _parse(format)
    buffer = _buffer(buffer)
    size = parsed[0]
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % size:
        raise error(f"iterative unpacking requires a buffer of a multiple of {size} bytes")
    return iter([_unpack(parsed, buffer[i:i + size]) for i in range(0, len(buffer), size)])


class Struct:
    """A compiled struct format."""

    def __init__(self, format):
        self._parsed = _parse(format)
        self.format = format.decode("ascii") if isinstance(format, bytes) else format
        self.size = self._parsed[0]

    def pack(self, *args):
        return _pack(self._parsed, args)

    def unpack(self, buffer):
        buffer = _buffer(buffer)
        if len(buffer) != self.size:
            raise error(f"unpack requires a buffer of {self.size} bytes")
        return _unpack(self._parsed, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def pack_into(self, buffer, offset, *args):
        pack_into(self.format, buffer, offset, *args)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
