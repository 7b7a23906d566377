if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

if a:
    if b:
        pass
    else:
        pass

while x:
    x -= 1
    if x: break
    else: continue
else:
    done()

for i in range(10):
    print(i)
else:
    print('done')

for a, b in pairs: pass
for (a, b), c in x: pass
for *a, b in x: pass
for x in *a, *b: pass
for x, in y: pass
for x in a, b: pass
for x.y in z: pass
for x[0] in z: pass

try:
    pass
except:
    pass

try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except C as c:
    pass
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    pass
except* E:
    pass
except* (A, B) as e:
    pass
else:
    pass
finally:
    pass

with a: pass
with a as b: pass
with a as b, c as d: pass
with a, b: pass
with (a, b): pass
with (a as b): pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
with (a), (b): pass
with a as (b, c): pass
with a as [b, c]: pass
with a as b.c: pass
with a as b[0]: pass
with (yield_): pass
with (
    open('x') as f,
    open('y') as g,
):
    pass
