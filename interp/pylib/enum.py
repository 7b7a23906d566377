"""Enumerations for Krait, following CPython 3.11's `enum`.

EnumType (alias EnumMeta) turns the class body's plain attributes into
members: singletons of the class with `_name_` and `_value_`.  Calling the
class looks a value up (it never creates members); subscripting looks a
name up.  Flag classes combine members with bitwise operators, creating
unnamed "pseudo-members" for combinations on demand.

Provided: Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto, unique,
EnumType/EnumMeta, the functional API (`Enum("Name", "A B C")`), _missing_,
_generate_next_value_, custom __new__/__init__ on members.
"""

import sys as _sys

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "ReprEnum", "auto", "unique", "property", "FlagBoundary", "STRICT",
    "CONFORM", "EJECT", "KEEP", "global_enum", "verify",
]

_builtin_property = property


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Placeholder: the member's value is chosen by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


def _is_descriptor(obj):
    if isinstance(obj, (staticmethod, classmethod, _builtin_property)):
        return True
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = f"_{cls_name}__"
    return name.startswith(prefix) and not name.endswith("__")


class _EnumDict(dict):
    """The class-body namespace of an enum: records member names in order
    and resolves auto() values."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == "_ignore_":
                if isinstance(value, str):
                    value = value.replace(",", " ").split()
                else:
                    value = list(value)
                self._ignore = value
            elif key == "_generate_next_value_":
                self._generate_next_value = value
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif key in self._ignore:
            pass
        elif _is_descriptor(value):
            if key in self._member_names:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
        else:
            if key in self:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            if isinstance(value, auto):
                if value.value is _auto_null:
                    gen = self._generate_next_value
                    value.value = gen(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                parts = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                        v = v.value
                    parts.append(v)
                value = tuple(parts)
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_member_type(bases):
    """The data type mixed into the enum (int for IntEnum), or object."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if "__new__" in base.__dict__ or issubclass(base, (int, str, float, tuple, bytes)):
                return base
    return object


def _find_new_member(classdict, bases):
    """A user-defined __new__ used to create members, if any."""
    new = classdict.get("__new__")
    if new is not None:
        return new
    for chain in bases:
        for base in chain.__mro__:
            found = base.__dict__.get("_new_member_")
            if found is not None:
                return found
    return None


def _high_bit(value):
    return value.bit_length() - 1


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


class EnumType(type):
    """Metaclass of Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        classdict = _EnumDict()
        classdict._cls_name = cls
        gen = None
        for chain in bases:
            for base in chain.__mro__:
                gen = base.__dict__.get("_generate_next_value_")
                if gen is not None:
                    break
            if gen is not None:
                break
        if isinstance(gen, staticmethod):
            gen = gen.__func__
        classdict._generate_next_value = gen or _default_next_value
        return classdict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        enum_bases = [b for b in bases if isinstance(b, EnumType)]
        for base in enum_bases:
            if base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        member_names = list(getattr(classdict, "_member_names", []))
        ignore = getattr(classdict, "_ignore", [])
        body = {k: v for k, v in classdict.items() if k not in member_names and k not in ignore}
        body.pop("_ignore_", None)
        member_values = {name: classdict[name] for name in member_names}
        new_member = _find_new_member(classdict, bases) if enum_bases else None
        if "__new__" in body:
            body["_new_member_"] = body.pop("__new__")
        gen = getattr(classdict, "_generate_next_value", None)
        if gen is not None and "_generate_next_value_" in body and not isinstance(
                body["_generate_next_value_"], staticmethod):
            body["_generate_next_value_"] = staticmethod(body["_generate_next_value_"])

        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        member_type = _find_member_type(bases) if enum_bases else object
        _set_raw(enum_class, "_member_names_", [])
        _set_raw(enum_class, "_member_map_", {})
        _set_raw(enum_class, "_value2member_map_", {})
        _set_raw(enum_class, "_unhashable_values_", [])
        _set_raw(enum_class, "_member_type_", member_type)
        is_flag = any(issubclass(b, Flag) for b in enum_bases) if _flag_defined else False
        if boundary is None:
            boundary = getattr(enum_class, "_boundary_", None)
        _set_raw(enum_class, "_boundary_", boundary)
        flag_mask = 0
        for name in member_names:
            member = _make_member(enum_class, name, member_values[name], member_type, new_member)
            canonical = member
            for other in enum_class._member_map_.values():
                if other._value_ == member._value_:
                    canonical = other
                    break
            if canonical is member:
                if is_flag:
                    v = member._value_
                    if isinstance(v, int) and _is_single_bit(v):
                        enum_class._member_names_.append(name)
                        flag_mask |= v
                    elif isinstance(v, int):
                        flag_mask |= v if v > 0 else 0
                else:
                    enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_.setdefault(member._value_, member)
                except TypeError:
                    enum_class._unhashable_values_.append(member._value_)
            _set_raw(enum_class, name, canonical)
            enum_class._member_map_[name] = canonical
        if is_flag:
            _set_raw(enum_class, "_flag_mask_", flag_mask)
        if enum_bases and member_type is not object:
            _use_enum_methods(enum_class, classdict, enum_bases[-1], member_type)
        return enum_class

    def __init__(cls, name, bases, classdict, **kwds):
        super().__init__(name, bases, classdict)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls._lookup(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _lookup(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(
            f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = classdict._generate_next_value(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, "items") else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                module = "__main__"
        classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' "
                f"and '{type(cls).__qualname__}'")
        return isinstance(member, cls)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if _flag_defined and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot delete member {name!r}")
        super().__delattr__(name)

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__init_subclass__",
                 "__iter__", "__len__", "__members__", "__module__", "__name__", "__qualname__"}
        names.update(cls._member_names_)
        return sorted(names)


EnumMeta = EnumType


def _set_raw(cls, name, value):
    """Set a class attribute that is not (yet) a member name."""
    setattr(cls, name, value)


def _use_enum_methods(enum_class, classdict, first_enum, member_type):
    """With a mixed-in data type, repr()/str()/format() come from the enum
    base rather than the data type, unless the class body defines them."""
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name in classdict:
            continue
        found = getattr(enum_class, name, None)
        if found is getattr(member_type, name, None) or found is getattr(object, name, None):
            _set_raw(enum_class, name, getattr(first_enum, name))


def _bits(num, max_bits):
    """CPython's enum.bin() for num >= 0: '0b0 ' and the bits, zero-padded."""
    digits = format(num, "b") if num else ""
    if len(digits) < max_bits:
        digits = ("0" * max_bits + digits)[-max_bits:]
    return f"0b0 {digits}"


def _make_member(enum_class, name, value, member_type, new_member):
    if isinstance(value, tuple) and member_type is not tuple:
        args = value
    else:
        args = (value,)
    if new_member is not None:
        member = new_member(enum_class, *args)
    elif member_type is object:
        member = object.__new__(enum_class)
    else:
        member = member_type.__new__(enum_class, *args)
    if not hasattr(member, "_value_"):
        if member_type is object:
            member._value_ = value
        else:
            member._value_ = member_type(*args)
    member._name_ = name
    member.__objclass__ = enum_class
    init = getattr(enum_class, "__init__", None)
    if init is not None and init is not Enum.__init__ and init is not object.__init__:
        member.__init__(*args)
    return member


def _default_next_value(name, start, count, last_values):
    if not last_values:
        return start
    try:
        return sorted(last_values)[-1] + 1
    except TypeError:
        pass
    for value in reversed(last_values):
        try:
            return value + 1
        except TypeError:
            pass
    return start


_flag_defined = False


class Enum(metaclass=EnumType):
    """Base class for enumerations; members are the class's plain attributes."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_

    def __repr__(self):
        return f"<{self.__class__.__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}
        names.update(k for k in self.__class__.__dict__ if not k.startswith("_"))
        return sorted(names)


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(Enum):
    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum):
    """Enum whose members combine with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(v for v in last_values if isinstance(v, int)) if last_values else 0
        return 2 ** (_high_bit(last) + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask = cls._flag_mask_
        keep = issubclass(cls, int) or cls._boundary_ is KEEP
        if value < 0:
            value &= mask
        if value & ~mask and not keep:
            max_bits = max(value.bit_length(), mask.bit_length())
            raise ValueError(f"{cls!r} invalid value {value!r}\n    given {_bits(value, max_bits)}"
                             f"\n  allowed {_bits(mask, max_bits)}")
        return cls._pseudo_member(value)

    @classmethod
    def _pseudo_member(cls, value):
        found = cls._value2member_map_.get(value)
        if found is not None:
            return found
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        names = [m._name_ for m in cls._decompose(value)]
        extra = value & ~cls._flag_mask_
        if not names:
            member._name_ = None
        else:
            if extra:
                names.append(str(extra))
            member._name_ = "|".join(names)
        cls._value2member_map_[value] = member
        return member

    @classmethod
    def _decompose(cls, value):
        return [m for m in cls if m._value_ & value == m._value_ and m._value_]

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' "
                f"and '{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self.__class__._decompose(self._value_))

    def __len__(self):
        return len(self.__class__._decompose(self._value_))

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"<{cls_name}: {self._value_!r}>"
        return f"<{cls_name}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)


_flag_defined = True
_set_raw(Flag, "_flag_mask_", 0)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    # int's operators come first in the MRO; use the flag versions.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration


def global_enum(cls):
    """Export the members into the module namespace of the enum."""
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        for name, member in cls.__members__.items():
            setattr(module, name, member)
    return cls


def verify(*checks):
    """Accepted for compatibility; checks are not enforced."""
    return lambda cls: cls


property = _builtin_property
