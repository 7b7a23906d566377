# set error messages
s = {1, 2, 3}
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.discard({1})
except TypeError as e:
    print(type(e).__name__, e)
print({1} in [s], frozenset({1}) in {frozenset({1})})
try:
    {1} in {frozenset({1})}
except TypeError as e:
    print(type(e).__name__, e)
print(set([1]) in {frozenset({1})})
try:
    s.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s + {4}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.remove([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.issubset(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted({1, (2,)})
except TypeError as e:
    print(type(e).__name__, e)
print(s)
