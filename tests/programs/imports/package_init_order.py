# Order in which package __init__ modules and submodules execute.
print("importing geometry.inner.lines")
import geometry.inner.lines

import geometry

print(geometry.order)
print(sorted(k for k in vars(geometry) if not k.startswith("__")))
print(geometry.inner.lines.segment())
import geometry.points

print(geometry.order)
