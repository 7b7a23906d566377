# Adding a directory to sys.path makes its modules importable.
import sys

here = __file__.rsplit("/", 1)[0]
try:
    import pathmod
except ModuleNotFoundError as e:
    print("before:", e)
sys.path.insert(0, here + "/extra_path")
import pathmod

print(pathmod.WHERE, pathmod.__name__)
print(pathmod.__file__.endswith("tests/programs/imports/extra_path/pathmod.py"))
sys.path.pop(0)
import pathmod as again

print(again is pathmod)
print(sys.path[0].endswith("tests/programs/imports"))
