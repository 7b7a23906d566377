events = []


def record(what):
    events.append(what)


record("module body ran")
print("_side_effects executed")
