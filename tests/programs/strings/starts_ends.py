# startswith/endswith with tuples and start/end
s = "Hello, World! ßtraße"
tests = [("Hello",), ("hello",), ("",), (("x", "He"),), (("x", "y"),), ("World", 7), ("World", 7, 11),
         ("World", 7, 12), ("o", 4, 5), ("o", -16), ((), ), ("ßtr", -6), ("H", 100), ("", 100), ("", 20, 10),
         ("", 20)]
for args in tests:
    print(args, s.startswith(*args), s.endswith(*args))
print(s.endswith("ße"), s.endswith(("!", "ße")), s.endswith("!", 0, 13), s.endswith("World", None, -8))
print("".startswith(""), "".endswith(""), "a".startswith("ab"), "ab".endswith("ab", 1))
print("😀abc".startswith("😀"), "中文".endswith("文", 1), "中文".endswith("中文", 1))
for bad in (1, ["a"], ("a", 1), None):
    try:
        s.startswith(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.endswith(b"x")
except TypeError as e:
    print(type(e).__name__, e)
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.rs", "f.py.bak"]
print([f for f in files if f.endswith((".py", ".rs"))], [f for f in files if f.lower().endswith(".py")])
print([f for f in files if f.startswith(("a", "e", "z"))])
