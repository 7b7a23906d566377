# Errors when the object is not a context manager.
class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *a):
        pass


for obj in [OnlyEnter(), OnlyExit(), 5, None]:
    try:
        with obj:
            print("never")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *a):
        print("exit must not run")


try:
    with EnterRaises():
        print("never")
except OSError as e:
    print("OSError:", e)


class InstanceAttrs:
    pass


ia = InstanceAttrs()
ia.__enter__ = lambda: None
ia.__exit__ = lambda *a: None
try:
    with ia:
        pass
except TypeError as e:
    print("TypeError:", e)
