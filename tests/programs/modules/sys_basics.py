# sys module attributes
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_basics.py"), type(sys.argv).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.version_info[:2] == (3, 11), sys.version_info[:2])
print(sys.version_info.major, sys.version_info.minor, type(sys.version_info).__name__, sys.version_info >= (3, 8))
print(sys.getrecursionlimit(), type(sys.getrecursionlimit()).__name__)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(fi.max == 1.7976931348623157e308, fi.epsilon == 2 ** -52, len(fi), fi[0] == fi.max)
ii = sys.int_info
print(ii.bits_per_digit in (15, 30), type(ii.sizeof_digit).__name__)
print(type(sys.getsizeof(1)).__name__, type(sys.getsizeof([])).__name__, sys.getsizeof("x") > 0)
a = sys.intern("hello world " * 2)
b = sys.intern("hello world " * 2)
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.stdout is sys.__stdout__, hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"), sys.stdin is not None)
sys.stdout.write("written directly\n")
n = sys.stdout.write("count me\n")
print(n)
sys.stderr.write("to stderr via write\n")
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, type(sys.path).__name__)
print(sys.implementation.name == "cpython" or sys.implementation.name == "krait", type(sys.platform).__name__)
print(sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.nan)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
