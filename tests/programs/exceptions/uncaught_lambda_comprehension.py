# Frames named <lambda> and <listcomp> in a traceback.
convert = lambda s: int(s)
print([convert(s) for s in ["1", "2"]])
print([convert(s) for s in ["3", "four", "5"]])
