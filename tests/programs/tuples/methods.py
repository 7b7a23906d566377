# tuple methods, indexing, slicing, concatenation
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t, len(t), t[0], t[-1], t[2:5], t[::-1], t[::3], t[-3:], t[100:], t[5:2:-1])
print(t.count(5), t.count(1), t.count(7), t.index(5), t.index(5, 5), t.index(5, 9, 11), t.index(1, -8))
for args in [(7,), (5, 0, 4), (3, 1, 9)]:
    try:
        t.index(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
print(t + (0,), (0,) + t[:2], t[:2] * 3, 2 * (1,), () * 5, (1, 2) * 0, (None,) * 3)
print(min(t), max(t), sum(t), sorted(t), tuple(sorted(t)), tuple(reversed(t))[:3], 9 in t, 8 in t)
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("abc"), tuple(range(3)), tuple({5: 6}), tuple(x * 2 for x in (1, 2)))
print(repr(()), repr((1,)), repr(((),)), repr((1, (2, (3,)))), str(("a", 'b"')), ascii(("é",)))
print(type(()).__name__, type((1)).__name__, type((1,)).__name__, (1) == 1, (1,) == 1)
tt = ([1], 2)
tt[0].append(3)
print(tt)
try:
    tt[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(tt)
for op in ["t[0] = 1", "del t[0]", "t.append(1)", "t + [1]", "t[20]", "t['a']", "tuple(1)", "t * 'a'"]:
    try:
        exec(op)
    except (TypeError, AttributeError, IndexError) as e:
        print(op, "->", type(e).__name__, e)
a = (1, 2)
b = a
b += (3,)
print(a, b, a is b)
print(t[:] is t, tuple(t) is t, t[0:len(t)] is t, t.__len__(), t.__getitem__(-2), t.__contains__(9))
