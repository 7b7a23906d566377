a, b = c, = d
