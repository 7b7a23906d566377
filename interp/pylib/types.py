"""Names for built-in types, for Krait, as CPython 3.11's `types`.

The types are found by making an object of each kind and asking its type.
GenericAlias (what `collections.abc.Sequence[int]` makes) and SimpleNamespace
are written here in Python; MappingProxyType is a read-only view class.
"""

import sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
           "CellType", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
           "BuiltinFunctionType", "BuiltinMethodType", "WrapperDescriptorType",
           "MethodWrapperType", "MethodDescriptorType", "ClassMethodDescriptorType",
           "ModuleType", "TracebackType", "FrameType", "GetSetDescriptorType",
           "MemberDescriptorType", "GenericAlias", "NoneType", "NotImplementedType",
           "EllipsisType", "new_class", "resolve_bases", "prepare_class", "coroutine",
           "DynamicClassAttribute", "UnionType"]


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a

    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()
del _co


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(sys)
GetSetDescriptorType = type(FunctionType.__dict__["__code__"]) if "__code__" in FunctionType.__dict__ else type(int.__dict__["real"])
MemberDescriptorType = GetSetDescriptorType
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    del _e

try:
    FrameType = type(sys._getframe())
except (AttributeError, ValueError):
    FrameType = None

try:
    UnionType = type(int | str)
except TypeError:
    UnionType = None


async def _ag():
    yield


try:
    AsyncGeneratorType = type(_ag())
except Exception:
    AsyncGeneratorType = None


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = ("{}={!r}".format(k, v) for k, v in self.__dict__.items())
        return "{}({})".format(name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


class MappingProxyType:
    """A read-only view of a mapping."""

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        if not hasattr(mapping, "__getitem__") or not hasattr(mapping, "keys") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        object.__setattr__(self, "_mapping", mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | other

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


class GenericAlias:
    """A parameterized generic such as `collections.abc.Sequence[int]`."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()
        self.__unpacked__ = False

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        args = self.__args__
        return "%s[%s]" % (_type_repr(self.__origin__),
                           ", ".join(_type_repr(a) for a in args) if args else "()")

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getitem__(self, item):
        raise TypeError("%r is not a generic class" % (self,))


class _CallableGenericAlias(GenericAlias):
    """collections.abc.Callable[[args], result]: args are flattened into __args__."""

    def __init__(self, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        t_args, t_result = args
        if isinstance(t_args, (tuple, list)):
            args = (*t_args, t_result)
        elif t_args is not ...:
            raise TypeError("Callable[args, result]: args must be a list. Got %.100r."
                            % (_type_repr(t_args),))
        GenericAlias.__init__(self, origin, args)

    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return GenericAlias.__repr__(self)
        return "%s[[%s], %s]" % (_type_repr(self.__origin__),
                                 ", ".join(_type_repr(a) for a in self.__args__[:-1]),
                                 _type_repr(self.__args__[-1]))


def resolve_bases(bases):
    new_bases = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            new_bases.append(base)
            continue
        new_bases.extend(base.__mro_entries__(bases))
        changed = True
    return tuple(new_bases) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


def coroutine(func):
    return func


DynamicClassAttribute = property
