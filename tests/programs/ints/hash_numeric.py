# numeric hash is specified
import sys
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width, sys.hash_info.algorithm in ("siphash13", "siphash24", "fnv"))
for v in [0, 1, -1, -2, 2, 100, -100, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 61), 10 ** 30, -(10 ** 30)]:
    print(v, hash(v))
for f in [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 2.5, 1e100, 1e-100, 3.14159, float("inf"), float("-inf"), 2.0 ** 70]:
    print(f, hash(f))
print(hash(1.0) == hash(1), hash(2 ** 70) == hash(2.0 ** 70), hash(True), hash(False))
print(hash(complex(1, 0)), hash(complex(0, 1)), hash(complex(1.5, -2)))
print(hash((1, 2, 3)), hash(()), hash((1,)), hash((1, (2, 3))), hash((-1, -2)))
print(hash((1, 2)) == hash((1.0, 2.0)))
print(hash(0.5) == hash(2 ** 60), hash(-0.5), hash(0.25), hash(1e-300) == hash(float.fromhex("0x1p-997")))
class H:
    def __hash__(self):
        return -1
print(hash(H()))
class H2:
    def __hash__(self):
        return 2 ** 100
print(hash(H2()))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
