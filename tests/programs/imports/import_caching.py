# Modules execute once; sys.modules caches them.
import sys

import _counter_mod
import _counter_mod as again
from _counter_mod import bump

print(_counter_mod is again, _counter_mod.loads, bump(), _counter_mod.loads)
print(sys.modules["_counter_mod"] is _counter_mod)
del sys.modules["_counter_mod"]
import _counter_mod as fresh

print(fresh is _counter_mod, fresh.loads, _counter_mod.loads)
sys.modules["fake_module"] = "anything can live here"
import fake_module

print(fake_module)
sys.modules["none_module"] = None
try:
    import none_module
except ImportError as e:
    print(type(e).__name__, e)
