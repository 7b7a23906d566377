"""In-memory streams for Krait, matching CPython 3.11's `io` for the common uses.

StringIO and BytesIO keep their contents as a list of pending chunks plus a
flat value: writes at the end (the usual pattern) append a chunk, anything
else (seeking back, reading) first joins the chunks.  File objects returned
by open() are the runtime's own type; `io.open` is the built-in open.
"""

import builtins as _builtins
import sys as _sys

__all__ = ["StringIO", "BytesIO", "open", "TextIOWrapper", "IOBase", "TextIOBase",
           "BufferedIOBase", "RawIOBase", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = _builtins.open
TextIOWrapper = type(_sys.stdout)
_BUFFERS = (bytearray,) + ((_builtins.memoryview,) if hasattr(_builtins, "memoryview") else ())


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """Base of the in-memory streams: context manager, iteration, closing."""

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class RawIOBase(IOBase):
    pass


class _MemoryIO:
    """The shared buffer logic of StringIO and BytesIO (`_empty` is "" or b"")."""

    def _init(self, initial):
        self._value = initial
        self._chunks = []
        self._size = len(initial)
        self._pos = 0
        self.closed = False

    def _flat(self):
        if self._chunks:
            self._value = self._empty.join([self._value] + self._chunks)
            self._chunks = []
        return self._value

    def close(self):
        self.closed = True
        self._value = self._empty
        self._chunks = []

    def getvalue(self):
        self._check_closed()
        return self._flat()

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0 and self._empty == "":
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and self._empty == "":
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._size:
            self._value = self._flat()[:size]
            self._size = size
        return size

    def write(self, s):
        self._check_closed()
        if not isinstance(s, type(self._empty)):
            self._bad_write(s)
        n = len(s)
        if not n:
            return 0
        if self._pos == self._size:
            self._chunks.append(s)
            self._size += n
            self._pos += n
            return n
        v = self._flat()
        if self._pos > self._size:
            v += self._pad * (self._pos - self._size)
        v = v[: self._pos] + s + v[self._pos + n:]
        self._value = v
        self._size = len(v)
        self._pos += n
        return n

    def read(self, size=-1):
        self._check_closed()
        v = self._flat()
        if size is None or size < 0:
            end = self._size
        else:
            end = min(self._size, self._pos + size)
        if self._pos >= end:
            return self._empty
        r = v[self._pos:end]
        self._pos = end
        return r

    def readline(self, size=-1):
        self._check_closed()
        v = self._flat()
        if self._pos >= self._size:
            return self._empty
        i = v.find(self._newline, self._pos)
        end = self._size if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = v[self._pos:end]
        self._pos = end
        return r


class StringIO(_MemoryIO, TextIOBase):
    """A text stream held in memory."""

    _empty = ""
    _pad = "\0"
    _newline = "\n"
    encoding = None
    errors = None

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        if newline is None:
            initial_value = initial_value.replace("\r\n", "\n").replace("\r", "\n")
        self._init(initial_value)

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def _bad_write(self, s):
        raise TypeError("string argument expected, got '%s'" % type(s).__name__)

    def __repr__(self):
        return "<_io.StringIO object>"


class BytesIO(_MemoryIO, BufferedIOBase):
    """A binary stream held in memory."""

    _empty = b""
    _pad = b"\0"
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._init(bytes(initial_bytes))

    def _bad_write(self, s):
        if isinstance(s, _BUFFERS):
            return
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)

    def write(self, s):
        if isinstance(s, _BUFFERS):
            s = bytes(s)
        return _MemoryIO.write(self, s)

    def getbuffer(self):
        return _builtins.memoryview(bytearray(self.getvalue()))

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return "<_io.BytesIO object>"
