# pathlib: pure path parsing and manipulation, then filesystem calls in a
# scratch directory under /tmp (removed at the end).
import os
from pathlib import Path, PurePath, PurePosixPath, PosixPath

for s in ["", ".", "./a", "a//b/", "//a", "///a", "/a/./b/../c", "a/b.tar.gz", ".bashrc",
          "a/..", "foo.", "/"]:
    p = PurePosixPath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes,
          repr(p.stem), repr(p.parent), repr(p.anchor), list(p.parents), p.is_absolute())

p = PurePosixPath("/usr/lib/python3.11/os.py")
print(p.with_name("x.txt"), p.with_suffix(".pyc"), p.with_suffix(""), p.with_stem("posix"))
print(p.relative_to("/usr"), p.relative_to("/usr", "lib"), p.is_relative_to("/etc"))
print(p.match("*.py"), p.match("python3.11/*.py"), p.match("/*.py"), p.match("/usr/*/*/*.py"))
print(p.parents[0], p.parents[-1], p.parents[1:3], len(p.parents), repr(p.parents))
print(PurePosixPath("a") / "b" / "c", "x" / PurePosixPath("y"), PurePosixPath("a") / "/abs")
print(PurePosixPath("a", "b", PurePosixPath("c/d")), PurePosixPath("a").joinpath("b", "c"))
print(PurePosixPath("a/b") == PurePosixPath("a//b/"), PurePosixPath("a") < PurePosixPath("b"),
      hash(PurePosixPath("a/b")) == hash(PurePosixPath("a/b")), sorted([PurePosixPath("b"), PurePosixPath("a/c")]))
print(type(PurePath("x")).__name__, type(Path("x")).__name__, isinstance(Path("x"), PurePosixPath),
      os.fspath(Path("a/b")), f"{Path('q')}", Path("a").as_posix(), PurePosixPath("/a/b").as_uri())
for bad in [lambda: p.relative_to("/etc"), lambda: p.with_suffix("x"),
            lambda: PurePosixPath("/").with_name("x"), lambda: PurePosixPath("a").with_name("")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    PurePosixPath(3)
except TypeError as e:
    print("TypeError", e)

base = Path("/tmp") / f"krait_pathlib_test_{os.getpid()}"
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file())
(base / "sub" / "deep").mkdir(parents=True)
(base / "sub" / "deep").mkdir(parents=True, exist_ok=True)
try:
    base.mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno)
f = base / "a.txt"
print(f.write_text("hello\nworld\n"), f.read_text(), f.read_text().splitlines(), f.stat().st_size)
(base / "b.py").write_bytes(b"print(1)\n")
(base / "sub" / "c.txt").write_text("c")
(base / "sub" / "deep" / "d.txt").touch()
print((base / "b.py").read_bytes(), f.is_file(), (base / "none").exists())
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p.relative_to(base)) for p in base.glob("*.txt")))
print(sorted(str(p.relative_to(base)) for p in base.glob("*/*.txt")))
print(sorted(str(p.relative_to(base)) for p in base.glob("**/*.txt")))
print(sorted(str(p.relative_to(base)) for p in base.rglob("*.txt")))
print(sorted(str(p.relative_to(base)) for p in base.glob("sub")))
g = f.rename(base / "g.txt")
print(g.name, f.exists(), g.exists(), g.with_suffix(".md").name)
print(Path(base / "sub" / ".." / "g.txt").resolve() == g.resolve(), Path(".").absolute() == Path.cwd())
print(Path("tests").is_dir(), Path("x/y").absolute().is_absolute())
with g.open() as fh:
    print(fh.readline().rstrip())
g.unlink()
g.unlink(missing_ok=True)
try:
    g.unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
for root, dirs, files in sorted(os.walk(base), reverse=True):
    for name in files:
        os.remove(os.path.join(root, name))
    os.rmdir(root)
print(base.exists())
