try:
    a()
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    pass
except:
    raise
else:
    b()
finally:
    c()

def f():
    try:
        return g()
    finally:
        h()

def g():
    for x in y:
        try:
            if x:
                break
            continue
        finally:
            print(x)

def h():
    with open(a) as f, open(b) as g:
        return f.read()

def j():
    while True:
        try:
            x = 1
        except E as e:
            continue
        finally:
            return 3

def k():
    with a:
        for x in y:
            with b:
                break
