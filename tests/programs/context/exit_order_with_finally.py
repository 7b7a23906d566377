# Ordering between __exit__, finally blocks and except clauses.
class CM:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("enter", self.n)

    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)


def run():
    try:
        with CM(1):
            try:
                with CM(2):
                    raise ValueError("v")
            finally:
                print("inner finally")
    except ValueError:
        print("except ValueError")
    finally:
        print("outer finally")


run()
