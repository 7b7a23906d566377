# Constructs where CPython's CFG optimizer rewrites the code (not compared
# instruction by instruction with CPython; see interp/tests/compile_dis.rs).
c = a and b or c
for i in range(10):
    if i % 2:
        continue
    elif i > 7:
        break
    print(i)
else:
    print("done")

while x:
    x -= 1
    if x == 3:
        break
else:
    pass

if a and b or not c:
    pass
elif d:
    y = 2
else:
    y = 3

for a, b in pairs:
    for c in a:
        if c:
            break

if x is None:
    y = 1
if x is not None:
    y = 2
while True:
    if f():
        break

def i():
    try:
        pass
    except* ValueError as e:
        print(e)
    except* TypeError:
        pass

