# Module-level __getattr__ and __dir__ (PEP 562).
import _lazy_mod

print(_lazy_mod.real_value)
print(_lazy_mod.computed_answer)
print(_lazy_mod.other_name)
try:
    _lazy_mod.forbidden
except AttributeError as e:
    print("AttributeError:", e)
print(dir(_lazy_mod))
from _lazy_mod import computed_thing

print(computed_thing)
print(getattr(_lazy_mod, "forbidden", "default used"))
