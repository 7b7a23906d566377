f(b for b in c, a)
