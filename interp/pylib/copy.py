"""Shallow and deep copy operations for Krait, matching CPython 3.11's `copy`.

Order of preference for a type: atomic (returned as is), the built-in
containers, a `__copy__`/`__deepcopy__` method, a user `__reduce_ex__` or
`__reduce__`, and finally the default object protocol (a new instance from
cls.__new__ with __getnewargs__ arguments, then its __dict__ and slot
values, or __getstate__/__setstate__).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


_ATOMIC = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
    complex, bytes, str, type, range, property, type(_function), type(len),
}

_object_reduce_ex = getattr(object, "__reduce_ex__", None)
_object_reduce = getattr(object, "__reduce__", None)
_object_getstate = getattr(object, "__getstate__", None)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset or issubclass(cls, type):
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself (through a list) is now in memo.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x):
    """The reduce tuple for x: from a user-defined __reduce_ex__/__reduce__,
    or built by the default object protocol."""
    cls = type(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not _object_reduce:
        return x.__reduce__()
    return _default_reduce(x)


def _new_instance(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _default_reduce(x):
    cls = type(x)
    args, kwargs = (), {}
    if hasattr(cls, "__getnewargs_ex__"):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(cls, "__getnewargs__"):
        args = x.__getnewargs__()
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not _object_getstate:
        state = x.__getstate__()
    else:
        state = getattr(x, "__dict__", None) or None
        slots = {}
        for klass in cls.__mro__:
            names = klass.__dict__.get("__slots__", ())
            if isinstance(names, str):
                names = (names,)
            for name in names:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    name = f"_{klass.__name__.lstrip('_')}{name}"
                if hasattr(x, name):
                    slots[name] = getattr(x, name)
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_new_instance, (cls, args, kwargs), state, listitems, dictitems)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
