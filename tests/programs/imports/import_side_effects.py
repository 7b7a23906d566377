# A module's top-level code runs once no matter how many modules import it.
import _side_a
import _side_b
import _side_effects

print(_side_effects.events)
print(_side_a.seen is _side_b.seen, _side_a.seen is _side_effects.events)
_side_effects.record("from main")
print(_side_b.seen)
