# "generator already executing" ValueError and re-entrancy.
def selfref():
    yield next(me)


me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def sender():
    yield gen.send(None)


gen = sender()
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)


def running_flag():
    yield g.gi_running


g = running_flag()
print(g.gi_running, next(g), g.gi_running)
