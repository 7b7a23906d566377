"""Type hints for Krait: enough of CPython 3.11's `typing` for annotated
programs to import and run.

The special forms and generic aliases are mostly inert: they can be
subscripted, compared, printed (with CPython's reprs, e.g.
"typing.Optional[int]"), and expose __origin__/__args__ for get_origin()
and get_args().  Generic, Protocol (with runtime_checkable), NamedTuple,
TypedDict, TypeVar, NewType, cast, overload and get_type_hints behave as
at runtime in CPython.  Nothing is type-checked.
"""

import collections as _collections
import collections.abc as _abc
import sys as _sys
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final",
    "ForwardRef", "Generic", "Literal", "Optional", "ParamSpec", "Protocol",
    "Tuple", "Type", "TypeVar", "TypeVarTuple", "Union", "AbstractSet",
    "ByteString", "Container", "ContextManager", "Hashable", "ItemsView",
    "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized",
    "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine",
    "Collection", "AsyncGenerator", "AsyncContextManager", "Reversible",
    "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
    "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter",
    "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet",
    "NamedTuple", "TypedDict", "Generator", "BinaryIO", "IO", "Match",
    "Pattern", "TextIO", "AnyStr", "assert_type", "assert_never", "cast",
    "clear_overloads", "dataclass_transform", "final", "get_args",
    "get_origin", "get_overloads", "get_type_hints", "is_typeddict",
    "LiteralString", "Never", "NewType", "no_type_check",
    "no_type_check_decorator", "NoReturn", "NotRequired", "overload",
    "ParamSpecArgs", "ParamSpecKwargs", "Required", "reveal_type",
    "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias",
    "TypeGuard", "Unpack",
]

TYPE_CHECKING = False


def _type_repr(obj):
    """How typing shows a type inside a subscription."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, (list, tuple)) and not hasattr(obj, "_fields"):
        return "[" + ", ".join(_type_repr(t) for t in obj) + "]"
    if callable(obj) and hasattr(obj, "__name__") and not isinstance(obj, _Final):
        return obj.__name__
    return repr(obj)


def _convert(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class _Final:
    """Base of typing's internal objects."""


class _SpecialForm(_Final):
    """A bare special form such as Any, Union, Optional or ClassVar."""

    def __init__(self, name, getitem, doc=""):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _GenericAlias(_Final):
    """A subscripted form: List[int], Union[int, str], Callable[[int], str]..."""

    def __init__(self, origin, args, name=None, special=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special = special
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        name = self._name
        origin = self.__origin__
        if name is None:
            name = _type_repr(origin)
        else:
            name = "typing." + name
        if origin is Union:
            args = self.__args__
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return f"typing.Optional[{_type_repr(other)}]"
        if self._special == "callable":
            args = self.__args__
            if len(args) == 2 and args[0] is ...:
                return f"{name}[..., {_type_repr(args[1])}]"
            params = ", ".join(_type_repr(a) for a in args[:-1])
            return f"{name}[[{params}], {_type_repr(args[-1])}]"
        if not self.__args__:
            return f"{name}[()]"
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not isinstance(origin, type) or self._name is not None and not self._special == "generic":
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {getattr(origin, '__name__', origin)}() instead")
        result = origin(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self.__origin__ is Union or not self.__parameters__:
            raise TypeError(f"{self!r} is not a generic class")
        subst = dict(zip(self.__parameters__, params))
        new_args = tuple(subst.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return _GenericAlias(self.__origin__, new_args, self._name, self._special)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if self._name is not None and self._special != "generic":
            return (origin,) if isinstance(origin, type) else ()
        if origin is Generic or origin is Protocol:
            if any(isinstance(b, type) and issubclass(b, Generic) for b in bases if b is not self):
                return ()
            return (origin,)
        return (origin,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__") or attr.startswith("_"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._special)


class _SpecialGenericAlias(_Final):
    """An unsubscripted alias of a class: List, Dict, Callable, ..."""

    def __init__(self, origin, nparams, name, special=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._special = special

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._special == "callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ...:
                return _GenericAlias(self.__origin__, (..., result), self._name, "callable")
            if not isinstance(args, (list, tuple)):
                raise TypeError(f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
            return _GenericAlias(self.__origin__, tuple(_convert(a) for a in args) + (_convert(result),),
                                 self._name, "callable")
        params = tuple(_convert(p) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams and not (
                self._name == "Tuple"):
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {many} arguments for {self!r}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; "
                        f"use {self.__origin__.__name__}() instead")

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __getattr__(self, attr):
        if attr.startswith("_"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


# Special forms.

def _any_getitem(self, params):
    raise TypeError(f"{self} is not subscriptable")


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _convert(p)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            candidates = p.__args__
        elif type(p).__name__ == "UnionType" and hasattr(p, "__args__"):
            candidates = p.__args__
        else:
            candidates = (p,)
        for c in candidates:
            if c not in flat:
                flat.append(c)
    if len(flat) == 1:
        return flat[0]
    return _GenericAlias(Union, tuple(flat), "Union")


def _optional_getitem(self, parameter):
    return Union[parameter, type(None)]


def _single_getitem(self, parameter):
    if isinstance(parameter, tuple) and len(parameter) != 1 and self._name not in ("Literal",):
        raise TypeError(f"{self} accepts only single type.")
    if isinstance(parameter, tuple) and len(parameter) == 1:
        parameter = parameter[0]
    return _GenericAlias(self, (_convert(parameter),), self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, "Literal")


def _many_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, self._name)


Any = _SpecialForm("Any", None, "Special type indicating an unconstrained type.")
NoReturn = _SpecialForm("NoReturn", None)
Never = _SpecialForm("Never", None)
Self = _SpecialForm("Self", None)
LiteralString = _SpecialForm("LiteralString", None)
TypeAlias = _SpecialForm("TypeAlias", None)
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _single_getitem)
Final = _SpecialForm("Final", _single_getitem)
Required = _SpecialForm("Required", _single_getitem)
NotRequired = _SpecialForm("NotRequired", _single_getitem)
TypeGuard = _SpecialForm("TypeGuard", _single_getitem)
Unpack = _SpecialForm("Unpack", _single_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Concatenate = _SpecialForm("Concatenate", _many_getitem)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), "Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        meta = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {meta}]"


class _AnnotatedForm(_SpecialForm):
    __slots__ = ()

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        return _AnnotatedAlias(_convert(params[0]), tuple(params[1:]))


Annotated = _AnnotatedForm("Annotated", None)


class ForwardRef(_Final):
    """A string annotation, resolved by get_type_hints()."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'); repr '~T'."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_convert(c) for c in constraints)
        self.__bound__ = _convert(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        try:
            self.__module__ = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            self.__module__ = "__main__"

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class ParamSpec(_Final):
    """Parameter specification variable (inert)."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        return "~" + self.__name__


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class TypeVarTuple(_Final):
    """Type variable tuple (inert)."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


# Generic and Protocol.

class Generic:
    """Abstract base class for generic types: class C(Generic[T]): ..."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        params = tuple(_convert(p) for p in params)
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and not (
                        isinstance(p, _GenericAlias) and p.__origin__ is Unpack):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params, None, "generic")

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias):
                for a in base.__args__:
                    if isinstance(a, TypeVar) and a not in params:
                        params.append(a)
        cls.__parameters__ = tuple(params)


def _proto_members(cls):
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = base.__dict__.get("__annotations__", {})
        for name in list(base.__dict__) + list(annotations):
            if not name.startswith("_abc_") and name not in _PROTO_IGNORED:
                names.add(name)
    return names


_PROTO_IGNORED = {
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__parameters__", "__orig_bases__", "_is_protocol",
    "_is_runtime_protocol", "__protocol_attrs__", "__qualname__", "__init_subclass__",
    "__match_args__", "__orig_class__",
}


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False) and cls.__dict__.get("_is_runtime_protocol", False):
            if all(hasattr(instance, name) for name in _proto_members(cls)):
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol or isinstance(b, _GenericAlias) and b.__origin__ is Protocol
                                   for b in cls.__dict__.get("__orig_bases__", cls.__bases__))
        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_proto_hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def _proto_hook(cls, other):
    if not cls.__dict__.get("_is_protocol", False):
        return NotImplemented
    if not cls.__dict__.get("_is_runtime_protocol", False):
        raise TypeError("Instance and class checks can only be used with "
                        "@runtime_checkable protocols")
    for attr in _proto_members(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls.__dict__.get("_is_protocol", False)):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        f"got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


# Aliases of concrete and abstract collection classes.

Hashable = _SpecialGenericAlias(_abc.Hashable, 0, "Hashable")
Sized = _SpecialGenericAlias(_abc.Sized, 0, "Sized")
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, "Awaitable")
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, "Coroutine")
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, "AsyncIterator")
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, "Iterable")
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, "Iterator")
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, "Reversible")
Container = _SpecialGenericAlias(_abc.Container, 1, "Container")
Collection = _SpecialGenericAlias(_abc.Collection, 1, "Collection")
Callable = _SpecialGenericAlias(_abc.Callable, -1, "Callable", "callable")
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, "MutableSet")
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, "MutableMapping")
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, "MutableSequence")
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, "ByteString")
Tuple = _SpecialGenericAlias(tuple, -1, "Tuple")
List = _SpecialGenericAlias(list, 1, "List")
Deque = _SpecialGenericAlias(_collections.deque, 1, "Deque")
Set = _SpecialGenericAlias(set, 1, "Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, "MappingView")
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, "KeysView")
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, "ItemsView")
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, "ValuesView")
Dict = _SpecialGenericAlias(dict, 2, "Dict")
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, "OrderedDict")
Counter = _SpecialGenericAlias(_collections.Counter, 1, "Counter")
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, "ChainMap")
Generator = _SpecialGenericAlias(_abc.Generator, 3, "Generator")
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, "AsyncGenerator")
Type = _SpecialGenericAlias(type, 1, "Type")


class _AbstractContextManager(metaclass=_ABCMeta):
    def __enter__(self):
        return self

    @_abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is _AbstractContextManager:
            return all(any(m in B.__dict__ for B in C.__mro__) for m in ("__enter__", "__exit__")) or NotImplemented
        return NotImplemented


ContextManager = _SpecialGenericAlias(_AbstractContextManager, 1, "ContextManager")
AsyncContextManager = _SpecialGenericAlias(_AbstractContextManager, 1, "AsyncContextManager")


def _supports(name, method):
    def hook(cls, C):
        return any(method in B.__dict__ for B in C.__mro__) or NotImplemented
    return _ProtocolMeta(name, (Protocol,), {
        "__slots__": (), "_is_runtime_protocol": True, "__module__": "typing",
        method: _abstractmethod(lambda self: None), "__subclasshook__": classmethod(hook),
    })


SupportsInt = _supports("SupportsInt", "__int__")
SupportsFloat = _supports("SupportsFloat", "__float__")
SupportsComplex = _supports("SupportsComplex", "__complex__")
SupportsBytes = _supports("SupportsBytes", "__bytes__")
SupportsIndex = _supports("SupportsIndex", "__index__")
SupportsAbs = _supports("SupportsAbs", "__abs__")
SupportsRound = _supports("SupportsRound", "__round__")

Text = str
AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"


class IO(Generic):
    """Generic base class for file-like objects (inert)."""

    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


Pattern = _SpecialGenericAlias(object, 1, "Pattern")
Match = _SpecialGenericAlias(object, 1, "Match")


# NamedTuple and TypedDict.

class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get("__annotations__", {})
        default_names = []
        for name in types:
            if name in ns:
                default_names.append(name)
            elif default_names:
                s = "s" if len(default_names) > 1 else ""
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field{s} "
                                f"{', '.join(default_names)}")
        nt = _collections.namedtuple(typename, list(types), defaults=[ns[n] for n in default_names],
                                     module=ns.get("__module__", "__main__"))
        nt.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in ("__module__", "__qualname__", "__annotations__", "_root", "__orig_bases__"):
                continue
            if key in ("_make", "_replace", "_asdict", "_fields", "_field_defaults", "__new__",
                       "__init__", "__slots__", "__getnewargs__", "_source"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in nt._fields:
                setattr(nt, key, value)
        if "__qualname__" in ns:
            nt.__qualname__ = ns["__qualname__"]
        return nt

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
        nt = _collections.namedtuple(typename, [n for n, _ in fields], module=module)
        nt.__annotations__ = {n: t for n, t in fields}
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: class P(NamedTuple): x: int; y: int = 0."""

    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        cls = super().__new__(mcls, name, (dict,) if ns.get("_root") is None else bases, ns)
        cls.__annotations__ = annotations
        required = set()
        optional = set()
        for base in bases:
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        for key, tp in own.items():
            origin = getattr(tp, "__origin__", None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total
        return cls

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            total = kwargs.pop("total", True) if len(args) > 1 else True
            ns = {"__annotations__": dict(fields), "__module__": "__main__"}
            return _TypedDictMeta(typename, (), ns, total=total)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    __subclasscheck__ = __instancecheck__


class TypedDict(dict, metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys; instances are plain dicts."""

    _root = True


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


# Functions.

def cast(typ, val):
    """Return val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


_overload_registry = {}


def overload(func):
    """Decorator for overloaded signatures; calling the stub raises."""
    key = getattr(func, "__qualname__", None)
    _overload_registry.setdefault(key, []).append(func)

    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-decorated.")
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, "__qualname__", None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Decorator marking a method or class final (sets __final__)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """NewType(name, tp): a callable returning its argument; repr module.name."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            self.__module__ = "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        f"`{self.__name__} = NewType({self.__name__!r}, {self.__name__})`")


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    origin = getattr(tp, "__origin__", None)
    if origin is not None and not isinstance(tp, type):
        return origin
    return None


def get_args(tp):
    """The arguments of a subscripted form: get_args(Dict[int, str]) == (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._special == "callable" and not (len(args) == 2 and args[0] is ...):
            return (list(args[:-1]), args[-1])
        return args
    args = getattr(tp, "__args__", None)
    if isinstance(args, tuple) and not isinstance(tp, type):
        return args
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return eval(value.__forward_arg__, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj with string forward references evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            if globalns is None:
                module = _sys.modules.get(base.__module__)
                base_globals = getattr(module, "__dict__", {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        if isinstance(obj, _Final) or callable(obj):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    if globalns is None:
        globalns = getattr(obj, "__globals__", None)
        if globalns is None:
            globalns = getattr(obj, "__dict__", {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, globalns, localns)
    return hints
