"""Data classes for Krait, matching CPython 3.11's `dataclasses`.

The @dataclass decorator reads the class's annotations, builds Field
objects (inherited fields first), and adds __init__, __repr__, __eq__,
ordering, __hash__, __setattr__/__delattr__ (frozen) and __match_args__ as
requested.  __init__ is compiled from generated source so that argument
errors read exactly like CPython's.
"""

import copy as _copy
import sys as _sys

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
    "KW_ONLY", "MISSING", "fields", "asdict", "astuple", "make_dataclass",
    "replace", "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


class InitVar:
    """Annotation for init-only pseudo-fields passed to __post_init__."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", None) or repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class _FieldType:
    """Kinds of Field: a real field, a ClassVar, or an InitVar."""

    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldType("_FIELD")
_FIELD_CLASSVAR = _FieldType("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldType("_FIELD_INITVAR")
_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class Field:
    """One field of a dataclass (see field())."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a dataclass field with extra information."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    origin = getattr(annotation, "__origin__", annotation)
    return getattr(origin, "_name", None) == "ClassVar" or repr(origin) == "typing.ClassVar"


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("InitVar", "dataclasses.InitVar"))
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return annotation in ("KW_ONLY", "dataclasses.KW_ONLY")
    return annotation is KW_ONLY


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _member_descriptor_types()):
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f"field {name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and f.default is not MISSING and type(f.default).__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {name} "
                         "is not allowed: use default_factory")
    return f


_descriptor_types = None


def _member_descriptor_types():
    global _descriptor_types
    if _descriptor_types is None:
        class _Probe:
            __slots__ = ("x",)
        _descriptor_types = (type(_Probe.__dict__["x"]),)
    return _descriptor_types


def _compile(name, params, body, namespace, qualname):
    src = f"def {name}({', '.join(params)}):\n"
    src += "".join(f"    {line}\n" for line in body) if body else "    pass\n"
    exec(src, namespace)
    fn = namespace[name]
    fn.__qualname__ = f"{qualname}.{name}"
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, self_name):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")

    ns = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
          "__dataclass_builtins_object__": object, "__name__": cls.__module__}

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return f"{f.name}=_HAS_DEFAULT_FACTORY"
        ns[f"_dflt_{f.name}"] = f.default
        return f"{f.name}=_dflt_{f.name}"

    body = []
    for f in fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            ns[f"_dflt_{f.name}"] = f.default_factory
            if f.init:
                value = f"_dflt_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
            else:
                value = f"_dflt_{f.name}()"
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            ns[f"_dflt_{f.name}"] = f.default
            value = f"_dflt_{f.name}"
        else:
            continue
        if frozen:
            body.append(f"__dataclass_builtins_object__.__setattr__({self_name}, {f.name!r}, {value})")
        else:
            body.append(f"{self_name}.{f.name} = {value}")
    if has_post_init:
        initvars = ", ".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f"{self_name}.__post_init__({initvars})")
    params = [self_name] + [param(f) for f in std_fields if f.init]
    kw_params = [param(f) for f in kw_only_fields if f.init]
    if kw_params:
        params += ["*"] + kw_params
    return _compile("__init__", params, body, ns, cls.__qualname__)


_repr_running = set()


def _make_repr(fields):
    names = [f.name for f in fields]

    def __repr__(self):
        key = (id(self),)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            body = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        finally:
            _repr_running.discard(key)
        return f"{self.__class__.__qualname__}({body})"
    return __repr__


def _make_compare(op, fields):
    names = [f.name for f in fields]

    def compare(self, other):
        if other.__class__ is self.__class__:
            a = tuple(getattr(self, n) for n in names)
            b = tuple(getattr(other, n) for n in names)
            if op == "__eq__":
                return a == b
            if op == "__lt__":
                return a < b
            if op == "__le__":
                return a <= b
            if op == "__gt__":
                return a > b
            return a >= b
        return NotImplemented
    compare.__name__ = op
    return compare


def _make_hash(fields):
    names = [f.name for f in fields]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))
    return __hash__


def _frozen_methods(cls, fields):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = kw_only
    for name, annotation in cls_annotations.items():
        if _is_kw_only(annotation):
            kw_only_seen = True
            continue
        cls_fields.append(_get_field(cls, name, annotation, kw_only_seen))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]

    if init:
        has_post_init = hasattr(cls, "__post_init__")
        self_name = "__dataclass_self__" if "self" in fields else "self"
        _set_new_attribute(cls, "__init__", _init_fn(
            cls, all_init_fields, std_init_fields, kw_only_init_fields,
            frozen, has_post_init, self_name))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        fn = _make_repr(flds)
        fn.__qualname__ = f"{cls.__qualname__}.__repr__"
        fn.__module__ = cls.__module__
        _set_new_attribute(cls, "__repr__", fn)

    if eq:
        flds = [f for f in field_list if f.compare]
        fn = _make_compare("__eq__", flds)
        fn.__qualname__ = f"{cls.__qualname__}.__eq__"
        fn.__module__ = cls.__module__
        _set_new_attribute(cls, "__eq__", fn)

    if order:
        flds = [f for f in field_list if f.compare]
        for op in ("__lt__", "__le__", "__gt__", "__ge__"):
            fn = _make_compare(op, flds)
            fn.__qualname__ = f"{cls.__qualname__}.{op}"
            fn.__module__ = cls.__module__
            if _set_new_attribute(cls, op, fn):
                raise TypeError(f"Cannot overwrite attribute {op} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")

    if frozen:
        setter, deleter = _frozen_methods(cls, field_list)
        for name, fn in (("__setattr__", setter), ("__delattr__", deleter)):
            fn.__qualname__ = f"{cls.__qualname__}.{name}"
            fn.__module__ = cls.__module__
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

    # __hash__, by CPython's table of (unsafe_hash, eq, frozen, explicit hash).
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _make_hash(hash_fields)
        cls.__hash__.__module__ = cls.__module__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(hash_fields)
            cls.__hash__.__module__ = cls.__module__
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, "__doc__", None):
        try:
            params = ", ".join(f"{f.name}:{_type_name(f.type)}" for f in fields.values()
                               if f._field_type is _FIELD)
            cls.__doc__ = f"{cls.__name__}({params})"
        except (TypeError, ValueError):
            cls.__doc__ = ""

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _type_name(t):
    if isinstance(t, type):
        return t.__name__ if t.__module__ == "builtins" else f"{t.__module__}.{t.__qualname__}"
    return str(t)


def _add_slots(cls, is_frozen):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in getattr(cls, _FIELDS).values()
                        if f._field_type is _FIELD)
    cls_dict["__slots__"] = field_names
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add generated special methods to a class based on its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Tuple of the Field objects of a dataclass or dataclass instance."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True if obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Convert a dataclass instance to a dict, recursing into containers."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Convert a dataclass instance to a tuple, recursing into containers."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, "
                                 "it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False):
    """Create a dataclass named cls_name from (name[, type[, Field]]) specs."""
    namespace = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    cls = type(cls_name, bases, namespace)
    try:
        cls.__module__ = _sys._getframe(1).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        pass
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots)
