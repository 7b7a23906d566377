# Exceptions without arguments print only the class name.
class Quiet(Exception):
    pass


try:
    raise Quiet
except Quiet as e:
    print("caught once:", repr(e), str(e) == "")
raise RuntimeError
