# ExceptionGroup and except* (Python 3.11).
eg = ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(type(eg).__name__, eg.message, len(eg.exceptions), str(eg))
print([type(e).__name__ for e in eg.exceptions])
try:
    raise eg
except* ValueError as group:
    print("ValueError group:", [str(e) for e in group.exceptions])
except* TypeError as group:
    print("TypeError group:", [str(e) for e in group.exceptions])
match, rest = eg.split(ValueError)
print([str(e) for e in match.exceptions], [str(e) for e in rest.exceptions])
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print(type(sub).__name__, [str(e) for e in sub.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError part")
except ExceptionGroup as remaining:
    print("remaining:", [type(e).__name__ for e in remaining.exceptions])
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", type(g).__name__, [str(e) for e in g.exceptions])
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
