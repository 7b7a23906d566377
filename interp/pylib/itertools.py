"""Iterator building blocks for Krait, matching CPython 3.11's `itertools`.

Every tool is a class (as in CPython, so `itertools.chain.from_iterable`,
`type(x).__name__` and the reprs of count/repeat behave the same); most
delegate to a private generator that holds the algorithm.  Argument checks
happen eagerly, when the object is built, with CPython's messages.
"""

__all__ = [
    "count", "cycle", "repeat", "accumulate", "chain", "compress",
    "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "starmap",
    "takewhile", "tee", "zip_longest", "product", "permutations",
    "combinations", "combinations_with_replacement",
]

_MAXSIZE = 9223372036854775807

# Default for required arguments whose absence gets a CPython-style message.
_MISSING = object()


def _index(x):
    """operator.index(x), via range() which applies __index__ the same way."""
    return range(x).stop


class _Iter:
    """Base: an iterator whose items come from the generator self._gen."""

    __slots__ = ("_gen",)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _positional(name, args, kwargs, count):
    """Check a positional-only argument list of exactly count items."""
    _no_kwargs(name, kwargs)
    if len(args) != count:
        plural = "argument" if count == 1 else "arguments"
        raise TypeError(f"{name} expected {count} {plural}, got {len(args)}")
    return args


class count(_Iter):
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not _is_number(v):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"{type(self).__name__}({self._n!r})"
        return f"{type(self).__name__}({self._n!r}, {step!r})"


def _is_number(v):
    try:
        v + 0
    except TypeError:
        return False
    return not isinstance(v, (str, bytes, bytearray, list, tuple))


class cycle(_Iter):
    """cycle(iterable): the items of iterable, then the same items again forever."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        (iterable,) = _positional("cycle", args, kwargs, 1)
        self._gen = _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    if not saved:
        return
    while True:
        yield from saved


class repeat(_Iter):
    """repeat(object[, times]): object, times times (forever if times is omitted)."""

    __slots__ = ("_obj", "_left")

    def __init__(self, object=_MISSING, times=None):
        if object is _MISSING:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._obj = object
        if times is None:
            self._left = None
        else:
            self._left = max(_index(times), 0)

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._left})"


class accumulate(_Iter):
    """accumulate(iterable, func=None, *, initial=None): running totals."""

    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            yield total
            break
        else:
            return
    else:
        yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


class chain(_Iter):
    """chain(*iterables): the items of each iterable in turn."""

    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        _no_kwargs("chain", kwargs)
        self._gen = _chain(iter(iterables))

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable): like chain(*iterable), lazily."""
        self = cls.__new__(cls)
        self._gen = _chain(iter(iterable))
        return self

    def __class_getitem__(cls, item):
        return cls


def _chain(iterables):
    for it in iterables:
        yield from it


class compress(_Iter):
    """compress(data, selectors): the items of data whose selector is true."""

    __slots__ = ()

    def __init__(self, data=_MISSING, selectors=_MISSING):
        if data is _MISSING:
            raise TypeError("compress() missing required argument 'data' (pos 1)")
        if selectors is _MISSING:
            raise TypeError("compress() missing required argument 'selectors' (pos 2)")
        self._gen = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_Iter):
    """dropwhile(predicate, iterable): skip items while predicate holds, then all."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional("dropwhile", args, kwargs, 2)
        self._gen = _dropwhile(predicate, iter(iterable))


def _dropwhile(pred, it):
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it


class takewhile(_Iter):
    """takewhile(predicate, iterable): items while predicate holds."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional("takewhile", args, kwargs, 2)
        self._gen = _takewhile(predicate, iter(iterable))


def _takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


class filterfalse(_Iter):
    """filterfalse(function or None, iterable): items for which function is false."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        function, iterable = _positional("filterfalse", args, kwargs, 2)
        it = iter(iterable)
        if function is None:
            self._gen = (x for x in it if not x)
        else:
            self._gen = (x for x in it if not function(x))


class starmap(_Iter):
    """starmap(function, iterable): function(*args) for each args in iterable."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        function, iterable = _positional("starmap", args, kwargs, 2)
        # tuple() gives CPython's error for a non-iterable item.
        self._gen = (function(*tuple(item)) for item in iter(iterable))


class pairwise(_Iter):
    """pairwise(iterable): overlapping pairs (a, b), (b, c), ..."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        (iterable,) = _positional("pairwise", args, kwargs, 1)
        self._gen = _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


class islice(_Iter):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""

    __slots__ = ()

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError("islice expected at least 2 arguments, got 1")
            raise TypeError(f"islice expected at most 4 arguments, got {1 + len(args)}")
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop, step = (args + (None,))[:3]
        start = _slice_arg(start, 0, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        stop = _slice_arg(stop, None, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        step = _slice_arg(step, 1, "Step for islice() must be a positive integer or None.")
        if step == 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._gen = _islice(iter(iterable), start, stop, step)


def _slice_arg(v, default, message):
    if v is None:
        return default
    try:
        n = _index(v)
    except TypeError:
        raise ValueError(message) from None
    if n < 0 or n > _MAXSIZE:
        raise ValueError(message)
    return n


def _islice(it, start, stop, step):
    # Consumes exactly what CPython consumes: items are skipped up to the next
    # wanted index (clamped to stop), and nothing is read once stop is reached.
    count = 0
    wanted = start
    while True:
        while count < wanted:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        count += 1
        yield item
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop


class zip_longest(_Iter):
    """zip_longest(*iterables, fillvalue=None): zip, padding short iterables."""

    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None, **kwargs):
        if kwargs:
            raise TypeError("zip_longest() got an unexpected keyword argument")
        self._gen = _zip_longest([iter(x) for x in iterables], fillvalue)


def _zip_longest(its, fill):
    if not its:
        return
    active = len(its)
    done = [False] * len(its)
    while True:
        row = []
        for i, it in enumerate(its):
            if done[i]:
                row.append(fill)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                done[i] = True
                active -= 1
                if not active:
                    return
                row.append(fill)
        yield tuple(row)


class groupby(_Iter):
    """groupby(iterable, key=None): (key, group iterator) for each run of equal keys."""

    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue", "_token")

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        # One sentinel for all three, so that the first __next__ advances.
        self._tgtkey = self._currkey = self._currvalue = _MARKER
        self._token = None

    def _advance(self):
        v = next(self._it)
        self._currvalue = v
        self._currkey = v if self._keyfunc is None else self._keyfunc(v)

    def __next__(self):
        # Advancing the outer iterator invalidates the previous group.
        self._token = token = object()
        while self._currkey == self._tgtkey:
            self._advance()
        self._tgtkey = self._currkey
        return self._currkey, _grouper(self, token, self._tgtkey)


_MARKER = object()


def _grouper(parent, token, tgtkey):
    while parent._token is token and parent._currkey == tgtkey:
        yield parent._currvalue
        try:
            parent._advance()
        except StopIteration:
            return


class _TeeData:
    """Shared buffer of a family of tee iterators."""

    __slots__ = ("it", "items", "offset", "done")

    def __init__(self, it):
        self.it = it
        self.items = []
        self.offset = 0  # index of items[0] in the full stream
        self.done = False


class _tee:
    """One branch of a tee()."""

    __slots__ = ("_data", "_pos")

    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        d = self._data
        i = self._pos - d.offset
        if i < len(d.items):
            v = d.items[i]
        else:
            if d.done:
                raise StopIteration
            try:
                v = next(d.it)
            except StopIteration:
                d.done = True
                raise
            d.items.append(v)
        self._pos += 1
        return v

    def __copy__(self):
        return _tee(self._data, self._pos)


_tee.__name__ = "_tee"


def tee(iterable, n=2, *extra):
    """tee(iterable, n=2): n independent iterators over the same items."""
    if extra:
        raise TypeError(f"tee expected at most 2 arguments, got {2 + len(extra)}")
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it
    else:
        first = _tee(_TeeData(it), 0)
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


class product(_Iter):
    """product(*iterables, repeat=1): the Cartesian product, last varying fastest."""

    __slots__ = ()

    def __init__(self, *iterables, repeat=1, **kwargs):
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError(f"product() got an unexpected keyword argument '{name}'")
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(x) for x in iterables] * repeat
        self._gen = _product(pools)


def _product(pools):
    n = len(pools)
    if any(len(p) == 0 for p in pools):
        return
    idx = [0] * n
    yield tuple(p[0] for p in pools)
    while True:
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[k][idx[k]] for k in range(n))


def _require(name, iterable, r):
    if iterable is _MISSING:
        raise TypeError(f"{name}() missing required argument 'iterable' (pos 1)")
    if r is _MISSING:
        raise TypeError(f"{name}() missing required argument 'r' (pos 2)")


def _check_r(r):
    r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations(_Iter):
    """permutations(iterable, r=None): r-length orderings, in lexicographic index order."""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is not None and not isinstance(r, int):
            raise TypeError("Expected int as r")
        r = len(pool) if r is None else _check_r(r)
        self._gen = _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
        else:
            return


class combinations(_Iter):
    """combinations(iterable, r): r-length subsequences, in index order."""

    __slots__ = ()

    def __init__(self, iterable=_MISSING, r=_MISSING):
        _require("combinations", iterable, r)
        pool = tuple(iterable)
        self._gen = _combinations(pool, _check_r(r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[k] for k in indices)


class combinations_with_replacement(_Iter):
    """combinations_with_replacement(iterable, r): like combinations, items may repeat."""

    __slots__ = ()

    def __init__(self, iterable=_MISSING, r=_MISSING):
        _require("combinations_with_replacement", iterable, r)
        pool = tuple(iterable)
        self._gen = _combinations_wr(pool, _check_r(r))


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[k] for k in indices)
