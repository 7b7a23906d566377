"""Object-oriented filesystem paths (POSIX only): PurePath, PurePosixPath,
Path and PosixPath.

A pure path is a root ('' or '/' or '//') plus a tuple of name parts,
normalized as CPython does: repeated slashes and '.' parts are dropped,
'..' is kept. Concrete paths add the filesystem calls, on top of `os`.
"""

import fnmatch
import os
import posixpath
import re

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]


def _parse(args):
    # -> (root, parts) for the joined arguments.
    root = ""
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                parts = []
            parts.extend(a._parts)
            continue
        s = os.fspath(a)
        if isinstance(s, bytes):
            raise TypeError(
                "argument should be a str object or an os.PathLike object returning str, "
                f"not {type(s)!r}")
        if not isinstance(s, str):
            raise TypeError(
                "argument should be a str object or an os.PathLike object returning str, "
                f"not {type(a)!r}")
        if s.startswith("/"):
            if s.startswith("//") and not s.startswith("///"):
                root = "//"
            else:
                root = "/"
            parts = []
        parts.extend(x for x in s.split("/") if x and x != ".")
    return root, parts


class _Parents:
    """The logical ancestors of a path, as a sequence."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self._n)))
        if i >= self._n or i < -self._n:
            raise IndexError(i)
        if i < 0:
            i += self._n
        p = self._path
        return p._make(p._root, p._parts[:self._n - 1 - i])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePath:
    """A filesystem path without I/O."""

    __slots__ = ("_root", "_parts", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, parts = _parse(args)
        return cls._make_cls(root, parts)

    @classmethod
    def _make_cls(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = tuple(parts)
        self._str = None
        self._hash = None
        return self

    def _make(self, root, parts):
        return type(self)._make_cls(root, parts)

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def __str__(self):
        if self._str is None:
            s = self._root + "/".join(self._parts)
            self._str = s or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def __bytes__(self):
        return os.fsencode(str(self))

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def as_uri(self):
        """The path as a file: URI."""
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + str(self)

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or isinstance(other, PureWindowsPath) != \
                isinstance(self, PureWindowsPath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        """The root (if any) and the names, as a tuple."""
        if self._root:
            return (self._root,) + self._parts
        return self._parts

    @property
    def name(self):
        """The final component, '' for a bare root or '.'."""
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        """The final component's last extension, like '.gz'."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """All the final component's extensions, like ['.tar', '.gz']."""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        """The logical parent (a path is its own parent at the top)."""
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        """The path with its final component replaced."""
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or "/" in name or name == ".":
            raise ValueError(f"Invalid name {name!r}")
        return self._make(self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix changed ('' removes it)."""
        if "/" in suffix or suffix and (not suffix.startswith(".") or suffix == "."):
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._make(self._root, self._parts[:-1] + (name,))

    def relative_to(self, *other):
        """The path relative to another (ValueError if not under it)."""
        if not other:
            raise TypeError("need at least one argument")
        root, parts = _parse(other)
        if root != self._root or tuple(parts) != self._parts[:len(parts)]:
            shown = root + "/".join(parts) or "."
            raise ValueError(
                f"{str(self)!r} is not in the subpath of {shown!r} OR one path is relative "
                "and the other is absolute.")
        return self._make("", self._parts[len(parts):])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        """The path joined with more parts."""
        return type(self)._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return type(self)._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_args((key, self))
        except TypeError:
            return NotImplemented

    def match(self, pattern):
        """Glob-style match against the right end of the path."""
        proot, pparts = _parse([pattern])
        if not pparts and not proot:
            raise ValueError("empty pattern")
        parts = self._parts
        if proot:
            if proot != self._root or len(pparts) != len(parts):
                return False
        elif len(pparts) > len(parts):
            return False
        for name, pat in zip(reversed(parts), reversed(pparts)):
            if not fnmatch.fnmatchcase(name, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure POSIX path."""

    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by Krait."""

    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("PureWindowsPath is not supported")


class Path(PurePath):
    """A filesystem path with I/O methods."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls(os.path.expanduser("~"))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        """Whether the path exists."""
        try:
            os.stat(self)
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other):
        return os.path.samefile(self, other)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as the built-in open() does."""
        if "b" in mode:
            return open(self, mode, buffering)
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        """The file's contents as str."""
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write str data to the file; returns the number of characters."""
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {type(data).__name__}")
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(data)
        with self.open("wb") as f:
            return f.write(view)

    def iterdir(self):
        """The directory's entries as paths (arbitrary order)."""
        for name in os.listdir(self):
            yield self._make(self._root, self._parts + (name,))

    def _child(self, name):
        return self._make(self._root, self._parts + (name,))

    def glob(self, pattern):
        """The paths under this directory that match a relative pattern."""
        root, parts = _parse([pattern])
        if not parts and not root:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith("/"):
            parts.append("")
        yield from self._glob(parts)

    def rglob(self, pattern):
        """Like glob() with '**/' in front of the pattern."""
        root, parts = _parse([pattern])
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._glob(["**"] + parts)

    def _glob(self, parts):
        paths = [self]
        for i, pat in enumerate(parts):
            last = i == len(parts) - 1
            found = []
            seen = set()
            for p in paths:
                for q in p._glob_step(pat, last):
                    if q not in seen:
                        seen.add(q)
                        found.append(q)
            paths = found
        return iter(paths)

    def _scan(self):
        try:
            with os.scandir(self) as it:
                return list(it)
        except OSError:
            return []

    def _glob_step(self, pat, last):
        if pat == "":
            return [self] if self.is_dir() else []
        if pat == "**":
            out = []

            def walk(d):
                out.append(d)
                for e in d._scan():
                    try:
                        isdir = e.is_dir() and not e.is_symlink()
                    except OSError:
                        isdir = False
                    if isdir:
                        walk(d._child(e.name))

            walk(self)
            return out
        if not any(c in pat for c in "*?["):
            c = self._child(pat)
            if last:
                return [c] if c.exists() else []
            return [c] if c.is_dir() else []
        match = re.compile(fnmatch.translate(pat)).match
        out = []
        for e in self._scan():
            if not last:
                try:
                    if not e.is_dir():
                        continue
                except OSError:
                    continue
            if match(e.name):
                out.append(self._child(e.name))
        return out

    def absolute(self):
        """The path made absolute (without resolving symlinks)."""
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        """The absolute path with symlinks and '..' resolved."""
        return type(self)(os.path.realpath(self, strict=strict))

    def expanduser(self):
        if self._parts and self._parts[0].startswith("~") and not self._root:
            home = os.path.expanduser(self._parts[0])
            if home == self._parts[0]:
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._parts[1:])
        return self

    def readlink(self):
        return type(self)(os.readlink(self))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and its parents, with parents=True)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if missing."""
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        with open(self, "a"):
            pass

    def unlink(self, missing_ok=False):
        """Remove the file."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        """Rename to target; returns the new path."""
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def chmod(self, mode):
        os.chmod(self, mode)

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")


class PosixPath(Path, PurePosixPath):
    """A concrete POSIX path."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by Krait."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
