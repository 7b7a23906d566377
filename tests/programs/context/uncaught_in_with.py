# An uncaught exception passes through __exit__ (which returns False).
class Transaction:
    def __enter__(self):
        print("begin")
        return self

    def __exit__(self, et, ev, tb):
        print("rollback because of", et.__name__ if et else None)
        return False


with Transaction():
    print("updating")
    raise PermissionError("not allowed")
