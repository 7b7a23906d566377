# sys.exit(True) exits with status 1; sys.exit(False) would be 0.
import sys

print(int(True), int(False))
sys.exit(True)
