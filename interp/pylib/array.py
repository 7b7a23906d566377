"""Typed arrays for Krait: the common part of CPython 3.11's `array`.

`array` is a subclass of list here, so that indexing, iteration and item
assignment run at list speed; constructing, append, extend, insert and
fromlist check items against the type code (TypeError / OverflowError as
CPython), slices of an array are arrays, and repr, tobytes/frombytes,
byteswap-free buffer conversions and comparisons follow CPython.  Deviations:
`a[i] = v` does not check v, and isinstance(a, list) is true.
"""

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_INT_RANGES = {
    "b": (1, True, "signed char"),
    "B": (1, False, "unsigned byte integer"),
    "h": (2, True, "signed short integer"),
    "H": (2, False, "unsigned short"),
    "i": (4, True, "signed integer"),
    "I": (4, False, "unsigned int"),
    "l": (8, True, "signed long integer"),
    "L": (8, False, "unsigned long"),
    "q": (8, True, "signed long long integer"),
    "Q": (8, False, "unsigned long long"),
}
_ITEMSIZE = {"u": 4, "f": 4, "d": 8}


def _checker(typecode):
    if typecode in _INT_RANGES:
        size, signed, name = _INT_RANGES[typecode]
        if signed:
            lo, hi = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
        else:
            lo, hi = 0, (1 << (8 * size)) - 1

        def check(v):
            if not isinstance(v, int):
                if isinstance(v, float):
                    raise TypeError("'float' object cannot be interpreted as an integer")
                v = v.__index__()
            if v < lo or v > hi:
                if typecode == "b":
                    raise OverflowError("signed char is %s than %s" % (
                        "less" if v < lo else "greater", "minimum" if v < lo else "maximum"))
                if typecode == "B":
                    raise OverflowError("unsigned byte integer is %s than %s" % (
                        "less" if v < lo else "greater", "minimum" if v < lo else "maximum"))
                if v < 0 and not signed:
                    raise OverflowError("unsigned int is less than minimum" if size == 4 else
                                        "can't convert negative value to unsigned int")
                raise OverflowError("Python int too large to convert to C " + (
                    "long" if size == 8 else "int" if size == 4 else "short"))
            return int(v)
        return check
    if typecode in "fd":
        def check(v):
            if isinstance(v, (int, float)):
                return float(v)
            if hasattr(v, "__float__"):
                return float(v)
            raise TypeError("must be real number, not " + type(v).__name__)
        return check
    if typecode == "u":
        def check(v):
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        return check
    raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")


class array(list):
    """array(typecode[, initializer]) -> array"""

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not "
                            + type(typecode).__name__)
        check = _checker(typecode)
        self = list.__new__(cls)
        self._typecode = typecode
        self._check = check
        return self

    def __init__(self, typecode, initializer=None, /):
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if self._typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % self._typecode)
            list.extend(self, initializer)
        else:
            if isinstance(initializer, array) and (initializer._typecode == "u") != (self._typecode == "u"):
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'"
                                % self._typecode)
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        t = self._typecode
        return _INT_RANGES[t][0] if t in _INT_RANGES else _ITEMSIZE[t]

    def _new(self, items):
        a = array(self._typecode)
        list.extend(a, items)
        return a

    def append(self, v):
        list.append(self, self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array) and iterable._typecode != self._typecode:
            raise TypeError("can only extend with array of same kind")
        check = self._check
        list.extend(self, [check(v) for v in iterable])

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self.extend(items)

    def insert(self, i, v):
        list.insert(self, i, self._check(v))

    def tolist(self):
        return list(self)

    def fromunicode(self, s):
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        list.extend(self, s)

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self)

    def tobytes(self):
        t = self._typecode
        if t in _INT_RANGES:
            size, signed, _ = _INT_RANGES[t]
            return b"".join(v.to_bytes(size, "little", signed=signed) for v in self)
        if t == "u":
            return "".join(self).encode("utf-32-le")
        raise NotImplementedError("array.tobytes() for float arrays is not supported by Krait")

    def frombytes(self, data):
        t = self._typecode
        data = bytes(data)
        if t == "B":
            list.extend(self, data)
            return
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if t in _INT_RANGES:
            signed = _INT_RANGES[t][1]
            list.extend(self, [int.from_bytes(data[i:i + size], "little", signed=signed)
                               for i in range(0, len(data), size)])
        elif t == "u":
            list.extend(self, data.decode("utf-32-le"))
        else:
            raise NotImplementedError("array.frombytes() for float arrays is not supported by Krait")

    def buffer_info(self):
        return (0, len(self))

    def byteswap(self):
        t = self._typecode
        if t not in _INT_RANGES:
            raise NotImplementedError("array.byteswap() for this type code is not supported by Krait")
        size, signed, _ = _INT_RANGES[t]
        for i, v in enumerate(self):
            list.__setitem__(self, i, int.from_bytes(v.to_bytes(size, "little", signed=signed),
                                                     "big", signed=signed))

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(list.__getitem__(self, i))
        return list.__getitem__(self, i)

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(list(self) + list(other))

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(list.__mul__(self, n))

    __rmul__ = __mul__

    def __imul__(self, n):
        list.__imul__(self, n)
        return self

    def __copy__(self):
        return self._new(self)

    def __deepcopy__(self, memo):
        return self._new(self)

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return list.__eq__(self, other)

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return list.__ne__(self, other)

    __hash__ = None

    def __reduce__(self):
        return (array, (self._typecode, list(self)))

    def __repr__(self):
        if not len(self):
            return "array('%s')" % self._typecode
        if self._typecode == "u":
            return "array('u', %r)" % "".join(self)
        return "array('%s', %r)" % (self._typecode, list(self))


ArrayType = array
