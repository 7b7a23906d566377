import sys

import hello

print("script", __name__, sys.argv)
print(hello.__name__)
