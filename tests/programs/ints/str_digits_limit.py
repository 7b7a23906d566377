# int <-> str conversion digit limit
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
ok = int("9" * 4300)
print(len(str(ok)))
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(big)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)), big.bit_length())
print(int("f" * 5000, 16).bit_length())
try:
    repr(-big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{big}"
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)))
try:
    int("7" * 6001)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
for bad in (1, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 700)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 639)))
