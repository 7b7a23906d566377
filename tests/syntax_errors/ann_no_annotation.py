def log(fmt, *args): pass
def1_dolog(fmt, *args):
    pass
