import sys

print("clipkg main", __name__, sys.argv[1:])
from . import helper

print(helper.double(21))
