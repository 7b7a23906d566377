x = 'abc'.
