from _side_effects import events as seen
from _side_effects import record

record("imported by b")
