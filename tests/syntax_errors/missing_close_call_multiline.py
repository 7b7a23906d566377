foo(1,
    2,
    3
bar = 4
