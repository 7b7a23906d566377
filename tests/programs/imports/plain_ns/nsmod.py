print("plain_ns.nsmod running, __package__ =", __package__)
VALUE = 99
