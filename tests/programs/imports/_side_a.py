import _side_effects

_side_effects.record("imported by a")
seen = _side_effects.events
