# Ends with an exception thrown into a generator and not handled.
def reader():
    print("reader started")
    while True:
        line = yield
        print("read", line)


r = reader()
next(r)
r.send("one")
r.throw(ConnectionError("connection lost"))
