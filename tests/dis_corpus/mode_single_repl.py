for i in x:
    i
