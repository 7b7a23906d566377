"""High-level file operations: copying, moving and removing files and
directory trees, and finding programs on PATH (`which`)."""

import fnmatch
import os
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "which",
           "ignore_patterns", "SameFileError", "get_terminal_size", "disk_usage"]


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    pass


class ExecError(OSError):
    pass


for _cls in (Error, SameFileError, SpecialFileError, ExecError):
    _cls.__module__ = "shutil"
del _cls

COPY_BUFSIZE = 64 * 1024


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of file object fsrc to file object fdst."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of file src to file dst; returns dst."""
    if _samefile(src, dst):
        raise SameFileError(f"{src!r} and {dst!r} are the same file")
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst (where os.chmod exists)."""
    chmod = getattr(os, "chmod", None)
    if chmod is not None:
        chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits and times (where the os module can)."""
    copymode(src, dst)
    utime = getattr(os, "utime", None)
    if utime is not None:
        st = os.stat(src)
        utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))


def copy(src, dst, *, follow_symlinks=True):
    """Copy file data and mode; dst may be a directory. Returns the new path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy() but also copies times."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree() that skips glob patterns."""
    def _ignore(path, names):
        out = []
        for p in patterns:
            out.extend(fnmatch.filter(names, p))
        return set(out)
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the directory tree src to dst; returns dst."""
    with os.scandir(src) as it:
        entries = list(it)
    ignored = ignore(os.fspath(src), [e.name for e in entries]) if ignore else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for e in entries:
        if e.name in ignored:
            continue
        s = os.path.join(src, e.name)
        d = os.path.join(dst, e.name)
        try:
            if e.is_symlink() and symlinks:
                os.symlink(os.readlink(s), d)
            elif e.is_dir():
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                         dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Delete a directory tree."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        full = os.path.join(path, name)
        try:
            isdir = os.path.isdir(full) and not os.path.islink(full)
        except OSError:
            isdir = False
        if isdir:
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _basename(path):
    path = os.fspath(path)
    return os.path.basename(path.rstrip(os.sep))


def move(src, dst, copy_function=copy2):
    """Move a file or directory to dst (a directory or a new name)."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            absrc = os.path.abspath(src)
            absdst = os.path.abspath(dst)
            if absdst.startswith(absrc.rstrip(os.sep) + os.sep):
                raise Error(f"Cannot move a directory '{src}' into itself '{dst}'.")
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd on PATH, or None."""
    def ok(fn):
        return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)
    if os.path.dirname(cmd):
        return cmd if ok(cmd) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for d in path.split(os.pathsep):
        if d not in seen:
            seen.add(d)
            name = os.path.join(d, cmd)
            if ok(name):
                return name
    return None


def get_terminal_size(fallback=(80, 24)):
    """The terminal size from $COLUMNS/$LINES, the terminal, or fallback."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def disk_usage(path):
    raise NotImplementedError("shutil.disk_usage is not supported by Krait")
