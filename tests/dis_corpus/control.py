for i in range(10):
    if i % 2:
        continue
    if i > 7:
        break
    print(i)
else:
    print("done")

if a and b or not c:
    pass
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
try:
    for x in y:
        pass
except:
    pass
