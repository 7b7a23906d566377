import array

a = array.array("B", b"\x01" * 5)
a[2] = 0
print(a, len(a), a[1:3], a.typecode, a.itemsize, sum(a))
b = array.array("i", [1, 2, 3])
b.append(4)
b.extend([5])
print(b, b.tolist(), b * 2, b + b, b.tobytes()[:8])
for bad in (lambda: b.append(1.5), lambda: array.array("B", [256]), lambda: array.array("b", [-129]),
            lambda: array.array("z")):
    try:
        bad()
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(array.array("d", [1, 2.5]), array.array("u", "hi"), array.array("i"))
print(b == array.array("i", [1, 2, 3, 4, 5]), b.index(3) if hasattr(b, "index") else None)
c = array.array("h", [1, -2])
c.frombytes(c.tobytes())
print(c, array.typecodes)
