# SystemExit unwinds through finally blocks and with statements.
import sys


class Noisy:
    def __enter__(self):
        print("enter")

    def __exit__(self, *args):
        print("exit sees", args[0].__name__)
        return False


def work():
    try:
        with Noisy():
            sys.exit(5)
    finally:
        print("finally ran")


work()
