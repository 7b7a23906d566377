print("_mainguard imported with __name__ =", __name__)
if __name__ == "__main__":
    print("this must not print on import")


def name():
    return __name__
