# sys.exit with a small integer status.
import sys


def main():
    print("doing work")
    return 3


sys.exit(main())
