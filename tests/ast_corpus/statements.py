pass
del x
del x, y
del (x, y), [z]
del x[0], x.a, x[1:2]
del (x)
del x,
assert x
assert x, "message"
raise
raise E
raise E from cause
raise E() from None
global a
global a, b, c
def f():
    nonlocal x
    nonlocal x, y
    return
    return 1
    return 1, 2
    return *a, b
import a
import a.b.c
import a as b, c.d as e
from a import b
from a import b as c, d
from a import (b, c)
from a import (b as c,
               d as e,)
from . import a
from .. import b
from .a import b
from ...a.b import c
from .... import d
from . . . a import b
from a import *
from .a import *
x = 1; y = 2;
if x: pass
while x: break
for x in y: continue
