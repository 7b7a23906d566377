# __name__ is "__main__" in the program and the module name elsewhere.
import _mainguard

print(__name__, _mainguard.name(), _mainguard.__name__)
if __name__ == "__main__":
    print("running as the main program")
import sys

print(sys.modules["__main__"].__name__, "name_main" in sys.modules)
main_mod = sys.modules["__main__"]
print(main_mod.__dict__ is globals(), hasattr(main_mod, "_mainguard"))
