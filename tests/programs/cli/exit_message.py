# sys.exit with a string: printed to stderr, exit status 1.
import sys

print("about to fail")
sys.exit("fatal: configuration file is missing")
