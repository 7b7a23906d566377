"""Information about the platform, for Krait: the common functions of CPython 3.11's `platform`."""

import sys
import os

__all__ = ["system", "node", "release", "version", "machine", "processor", "uname",
           "python_version", "python_version_tuple", "python_implementation", "platform",
           "architecture"]


class uname_result(tuple):
    _fields = ("system", "node", "release", "version", "machine")

    def __new__(cls, system, node, release, version, machine):
        # The processor is a sixth item (as in CPython, where it is computed lazily).
        return tuple.__new__(cls, (system, node, release, version, machine, ""))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    processor = property(lambda self: self[5])

    def __repr__(self):
        return "uname_result(" + ", ".join("%s=%r" % (n, v) for n, v in zip(self._fields, self[:5])) + ")"


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(*os.uname())
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    # CPython asks `uname -p`, which says "unknown" on Linux: reported as "".
    return ""


def python_implementation():
    return "CPython"


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def architecture(executable=sys.executable, bits="", linkage=""):
    return ("64bit", "ELF")


def platform(aliased=False, terse=False):
    u = uname()
    return "%s-%s-%s-with-glibc" % (u.system, u.release, u.machine)
