"""Test-only stand-in for Krait's native `_random`, so interp/pylib/random.py
can be checked under CPython: CPython's own `_random.Random`, plus the one
thing Krait's native seed() does that CPython's does not: str and bytes
seeds are hashed with SHA-512 (CPython does that in random.py instead)."""

import hashlib
import importlib.machinery
import importlib.util
import os
import sys

_here = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.machinery.PathFinder.find_spec(
    "_random", [p for p in sys.path if os.path.abspath(p or ".") != _here])
_real = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_real)


class Random(_real.Random):
    def seed(self, n=None):
        if isinstance(n, str):
            n = n.encode()
        if isinstance(n, (bytes, bytearray)):
            n = int.from_bytes(bytes(n) + hashlib.sha512(n).digest(), "big")
        super().seed(n)
