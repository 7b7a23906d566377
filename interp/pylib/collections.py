"""Container datatypes for Krait, matching CPython 3.11's `collections`.

Provides deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap,
UserDict and UserList.  `collections.abc` is the module _collections_abc,
registered in sys.modules under that name when this module is imported.
"""

import sys as _sys
import _collections_abc
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from operator import itemgetter as _itemgetter, eq as _eq

_sys.modules["collections.abc"] = _collections_abc
abc = _collections_abc

__all__ = [
    "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
    "defaultdict", "deque", "namedtuple",
]

_MAXSIZE = 9223372036854775807

# Objects whose repr is in progress, to print recursive containers as "[...]".
_repr_running = set()


def _index(x):
    return range(x).stop


# ---------------------------------------------------------------------------
# deque


class deque:
    """deque([iterable[, maxlen]]): a double-ended queue, optionally bounded.

    Stored as a ring buffer: _buf has a power-of-two capacity, the items are
    _buf[_head], _buf[_head + 1], ... (wrapping around), _size of them.
    _state counts mutations so that iterators can detect them.
    """

    __slots__ = ("_buf", "_head", "_size", "_maxlen", "_state", "__dict__")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._size = 0
        self._state = 0
        if iterable is not self:
            self.extend(iterable)

    @property
    def maxlen(self):
        """Maximum size of a deque or None if unbounded."""
        return self._maxlen

    # Ring-buffer primitives.

    def _grow(self):
        n = self._size
        self._buf = self._items() + [None] * n
        self._head = 0

    def _items(self):
        """The items as a list, in order."""
        buf, head, n = self._buf, self._head, self._size
        cap = len(buf)
        end = head + n
        if end <= cap:
            return buf[head:end]
        return buf[head:] + buf[:end - cap]

    def _set_items(self, items):
        cap = 8
        while cap < len(items):
            cap *= 2
        self._buf = list(items) + [None] * (cap - len(items))
        self._head = 0
        self._size = len(items)
        self._state += 1

    def _raw_append(self, x):
        if self._size == len(self._buf):
            self._grow()
        buf = self._buf
        buf[(self._head + self._size) % len(buf)] = x
        self._size += 1

    def _raw_appendleft(self, x):
        if self._size == len(self._buf):
            self._grow()
        buf = self._buf
        self._head = (self._head - 1) % len(buf)
        buf[self._head] = x
        self._size += 1

    def _raw_pop(self):
        buf = self._buf
        i = (self._head + self._size - 1) % len(buf)
        x = buf[i]
        buf[i] = None
        self._size -= 1
        return x

    def _raw_popleft(self):
        buf = self._buf
        x = buf[self._head]
        buf[self._head] = None
        self._head = (self._head + 1) % len(buf)
        self._size -= 1
        return x

    # Public methods.

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self._raw_popleft()
        self._raw_append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self._raw_pop()
        self._raw_appendleft(x)

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._size:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._raw_pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._size:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._raw_popleft()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._set_items([])

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        return sum(1 for x in self._items() if x is value or x == value)

    def index(self, value, start=0, stop=_MAXSIZE):
        """Return first index of value."""
        n = self._size
        start, stop = _index(start), _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        items = self._items()
        for i in range(start, min(stop, n)):
            x = items[i]
            if x is value or x == value:
                return i
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(_index(index), value)
        self._set_items(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items()
        for i, x in enumerate(items):
            if x is value or x == value:
                del items[i]
                self._set_items(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._set_items(items)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1); left if n is negative."""
        n = _index(n)
        size = self._size
        if size <= 1:
            return
        k = n % size
        if k == 0:
            return
        items = self._items()
        self._set_items(items[-k:] + items[:-k])

    # Sequence protocol.

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size > 0

    def _check_index(self, i):
        if not isinstance(i, int):
            if hasattr(type(i), "__index__"):
                i = _index(i)
            else:
                raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        n = self._size
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return (self._head + i) % len(self._buf)

    def __getitem__(self, i):
        return self._buf[self._check_index(i)]

    def __setitem__(self, i, value):
        self._buf[self._check_index(i)] = value

    def __delitem__(self, i):
        self._check_index(i)
        n = self._size
        if i < 0:
            i += n
        items = self._items()
        del items[i]
        self._set_items(items)

    def __contains__(self, value):
        for x in self._items():
            if x is value or x == value:
                return True
        return False

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __repr__(self):
        key = id(self)
        name = type(self).__name__
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return f"{name}({body})"
        return f"{name}({body}, maxlen={self._maxlen})"

    __hash__ = None

    # Comparisons: lexicographic, only between deques.

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    # Arithmetic.

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        items = self._items()
        if n <= 0:
            self.clear()
            return self
        if self._maxlen is None:
            self._set_items(items * n)
        else:
            for _ in range(n - 1):
                self.extend(items)
        return self

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    def __class_getitem__(cls, item):
        return cls


class _deque_iterator:
    __slots__ = ("_deque", "_state", "_i", "_reverse")

    def __init__(self, d, reverse):
        self._deque = d
        self._state = d._state
        self._i = 0
        self._reverse = reverse

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            raise RuntimeError("deque mutated during iteration")
        i = self._i
        n = d._size
        if i >= n:
            raise StopIteration
        self._i = i + 1
        if self._reverse:
            i = n - 1 - i
        return d._buf[(d._head + i) % len(d._buf)]

    def __length_hint__(self):
        return max(self._deque._size - self._i, 0)


_collections_abc.MutableSequence.register(deque)


# ---------------------------------------------------------------------------
# defaultdict


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]): a dict that calls
    default_factory to supply missing values."""

    __slots__ = ("default_factory",)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = "None"
        else:
            key = id(self)
            if key in _repr_running:
                frepr = "..."
            else:
                _repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return f"{type(self).__name__}({frepr}, {dict.__repr__(self)})"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# ---------------------------------------------------------------------------
# OrderedDict


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with order-aware extras."""

    def popitem(self, last=True):
        """Remove and return a (key, value) pair, LIFO if last is true else FIFO."""
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing key to either end of the ordered dictionary."""
        if key not in self:
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f"{name}()"
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return f"{name}({list(self.items())!r})"
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def keys(self):
        return _odict_keys(self)

    def values(self):
        return _odict_values(self)

    def items(self):
        return _odict_items(self)

    def copy(self):
        """od.copy() -> a shallow copy of od."""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __reduce__(self):
        return type(self), (), None, None, iter(dict.items(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class _odict_keys(_collections_abc.KeysView):
    __slots__ = ()

    def __reversed__(self):
        return reversed(list(dict.keys(self._mapping)))

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __repr__(self):
        return f"odict_keys({list(self)!r})"


class _odict_values(_collections_abc.ValuesView):
    __slots__ = ()

    def __reversed__(self):
        return reversed(list(dict.values(self._mapping)))

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __repr__(self):
        return f"odict_values({list(self)!r})"


class _odict_items(_collections_abc.ItemsView):
    __slots__ = ()

    def __reversed__(self):
        return reversed(list(dict.items(self._mapping)))

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __repr__(self):
        return f"odict_items({list(self)!r})"


# ---------------------------------------------------------------------------
# Counter


class Counter(dict):
    """Dict subclass for counting hashable items (a multiset)."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts, most common first.
        Elements with equal counts keep first-encountered order."""
        ordered = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ordered
        n = _index(n)
        if n <= 0:
            return []
        return ordered[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable or mapping (or keyword arguments)."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; counts may become zero or negative."""
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f"{self.__class__.__name__}({d!r})"

    # Comparisons treat missing elements as having zero count.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic: results keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ---------------------------------------------------------------------------
# namedtuple

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Return a new tuple subclass with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")

    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","

    # __new__ is compiled so that argument errors read exactly like CPython's.
    namespace = {"_tuple_new": tuple.__new__, "__builtins__": {}, "__name__": f"namedtuple_{typename}"}
    params = []
    first_default = num_fields - len(field_defaults)
    for i, name in enumerate(field_names):
        if i >= first_default:
            key = f"_default_{i}"
            namespace[key] = field_defaults[name]
            params.append(f"{name}={key}")
        else:
            params.append(name)
    code = f"def __new__(_cls, {', '.join(params)}):\n    return _tuple_new(_cls, ({arg_list}))\n"
    exec(code, namespace)
    __new__ = namespace["__new__"]
    __new__.__doc__ = f"Create new instance of {typename}({arg_list.rstrip(',')})"

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def __repr__(self):
        body = ", ".join(f"{name}={value!r}" for name, value in zip(field_names, self))
        return f"{self.__class__.__name__}({body})"

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    class_namespace = {
        "__doc__": f"{typename}({arg_list.rstrip(',')})",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = property(_itemgetter(index), doc=f"Alias for field number {index}")

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    if module is not None:
        result.__module__ = module
    for func in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        func.__qualname__ = f"{typename}.{func.__name__}"
    return result


# ---------------------------------------------------------------------------
# ChainMap


class ChainMap(_collections_abc.MutableMapping):
    """A view of several mappings as one; lookups search them in order,
    updates go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return f"{self.__class__.__name__}({', '.join(map(repr, self.maps))})"
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def popitem(self):
        """Remove and return an item pair from maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# ---------------------------------------------------------------------------
# UserDict and UserList


class UserDict(_collections_abc.MutableMapping):
    """A dict wrapper for subclassing; the contents live in self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def copy(self):
        result = self.__class__()
        result.data = self.data.copy()
        return result

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_collections_abc.MutableSequence):
    """A list wrapper for subclassing; the contents live in self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)
