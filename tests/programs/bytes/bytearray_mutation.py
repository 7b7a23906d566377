# bytearray mutation: item and slice assignment, methods
ba = bytearray(b"hello world")
ba[0] = 72
ba[-1] = ord("D")
print(ba, len(ba))
ba[0:5] = b"HOWDY"
print(ba)
ba[5:6] = b"___"
print(ba)
ba[::2] = b"*" * len(ba[::2])
print(ba)
del ba[::3]
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba[1:1] = b"INS"
print(ba)
ba[2:5] = []
print(ba, ba[2:5])
ba[:] = range(65, 70)
print(ba)
ba.append(70)
ba.extend(b"GH")
ba.extend([73, 74])
ba.insert(0, 48)
ba.insert(-1, 49)
ba.insert(100, 50)
print(ba, ba.pop(), ba.pop(0), ba.pop(-3), ba)
ba.remove(ord("C"))
print(ba, ba.index(b"F"), ba.count(b"A"))
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(ba, c, len(c))
ba += b"++"
ba *= 2
print(ba)
for op, f in [("item 256", lambda: ba.__setitem__(0, 256)), ("item -1", lambda: ba.__setitem__(0, -1)),
              ("item str", lambda: ba.__setitem__(0, "a")), ("append 300", lambda: ba.append(300)),
              ("remove 99", lambda: ba.remove(99)), ("pop empty", lambda: bytearray().pop()),
              ("index out", lambda: ba.__setitem__(100, 1)), ("ext slice", lambda: ba.__setitem__(slice(0, 4, 2), b"xyz")),
              ("slice int", lambda: ba.__setitem__(slice(0, 2), 5)), ("extend str", lambda: ba.extend("ab"))]:
    try:
        f()
        print(op, "ok", ba)
    except (ValueError, TypeError, IndexError) as e:
        print(op, type(e).__name__, e)
print(ba)
