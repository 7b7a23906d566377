def f
    pass
