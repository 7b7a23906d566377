# shutil: copyfile/copy/copy2/copytree/move/rmtree in a scratch directory,
# which(), ignore_patterns and the SameFileError/Error cases.
import os
import shutil

base = f"/tmp/krait_shutil_test_{os.getpid()}"
os.makedirs(os.path.join(base, "src", "sub"))
with open(os.path.join(base, "src", "a.txt"), "w") as f:
    f.write("alpha\n")
with open(os.path.join(base, "src", "sub", "b.log"), "w") as f:
    f.write("beta\n")
j = lambda *p: os.path.join(base, *p)
print(shutil.copyfile(j("src", "a.txt"), j("c.txt")) == j("c.txt"), open(j("c.txt")).read())
print(shutil.copy(j("src", "a.txt"), base) == j("a.txt"), os.path.exists(j("a.txt")))
print(shutil.copy2(j("src", "a.txt"), j("d.txt")) == j("d.txt"))
try:
    shutil.copyfile(j("c.txt"), j("c.txt"))
except shutil.SameFileError as e:
    print("SameFileError", str(e).replace(base, "BASE"))
shutil.copytree(j("src"), j("copy"))
print(sorted(os.listdir(j("copy"))), sorted(os.listdir(j("copy", "sub"))))
shutil.copytree(j("src"), j("copy2"), ignore=shutil.ignore_patterns("*.log"))
print(sorted(os.listdir(j("copy2", "sub"))))
try:
    shutil.copytree(j("src"), j("copy"))
except FileExistsError as e:
    print("FileExistsError", e.errno)
shutil.copytree(j("src"), j("copy"), dirs_exist_ok=True)
print(shutil.move(j("c.txt"), j("copy")) == j("copy", "c.txt"), os.path.exists(j("c.txt")))
print(shutil.move(j("d.txt"), j("e.txt")) == j("e.txt"), sorted(os.listdir(base)))
try:
    shutil.move(j("a.txt"), j("copy"))
    shutil.copy(j("e.txt"), j("a.txt"))
    shutil.move(j("a.txt"), j("copy"))
except shutil.Error as e:
    print("Error", str(e).replace(base, "BASE"))
shutil.move(j("copy2"), j("copy"))
print(sorted(os.listdir(j("copy"))))
shutil.rmtree(j("copy"))
print(os.path.exists(j("copy")))
shutil.rmtree(j("nope"), ignore_errors=True)
try:
    shutil.rmtree(j("nope"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-program-xyz"))
print(shutil.get_terminal_size((100, 40)).columns > 0)
shutil.rmtree(base)
print(os.path.exists(base))
