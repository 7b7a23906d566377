import os
import os.path
from os import path as p

print(os.sep, os.name, os.curdir, os.pardir, os.linesep == "\n", p is os.path)
print(os.path.join("a", "b", "/c", "d"), os.path.join("a/", "b"), os.path.join("", "x"))
print(os.path.split("/a/b/c.txt"), os.path.split("c.txt"), os.path.split("/"))
print(os.path.splitext("x/y.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/b"))
print(os.path.normpath("a//b/../c/./d"), os.path.normpath("/../x"), os.path.normpath(""))
print(os.path.basename("/x/y"), os.path.dirname("/x/y"), os.path.dirname("y"))
print(os.path.isabs("/a"), os.path.isabs("a"))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.commonprefix(["abc", "abd"]))
print(os.path.commonpath(["/a/b/c", "/a/b/d"]))
print(os.path.exists("tests"), os.path.isdir("tests"), os.path.isfile("tests"))
print(os.path.isfile("tests/programs/corpus/os_path.py"), os.path.exists("no/such/file"))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print("os_path.py" in os.listdir("tests/programs/corpus"))
st = os.stat("tests/programs/corpus/os_path.py")
print(type(st).__name__, st.st_size > 0, st[6] == st.st_size)
print(os.environ.get("KRAIT_SURELY_UNSET", "default"), os.getenv("KRAIT_SURELY_UNSET"))
os.environ["KRAIT_TEST_VAR"] = "v"
print(os.environ["KRAIT_TEST_VAR"], "KRAIT_TEST_VAR" in os.environ)
del os.environ["KRAIT_TEST_VAR"]
print(os.getenv("KRAIT_TEST_VAR"))
for root, dirs, files in os.walk("tests/programs/corpus"):
    print(root, "os_path.py" in files)
    break
for exc_call in (lambda: os.listdir("no/such/dir"), lambda: os.stat("no/such/file")):
    try:
        exc_call()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename, e)
print(os.fspath("abc"))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
